package dev.faibric.limits;

import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A build's place on this node: running, or waiting in line for a free builder. Whoever
 * holds it calls {@link #start} once and {@link #finished} when the build ends (or never
 * starts).
 */
public final class BuildTicket {

    enum State {

        WAITING, RUNNING, DONE

    }

    private final BuildQueue queue;

    final long accountId;

    State state = State.WAITING;

    /** Whether it counts against the limits (not when they are off). */
    boolean counted = true;

    @Nullable Runnable build;

    @Nullable IntConsumer queued;

    int position;

    BuildTicket(BuildQueue queue, long accountId) {
        this.queue = queue;
        this.accountId = accountId;
    }

    /**
     * Runs {@code build} now if a builder is free, else once one is (on the thread that
     * freed it; {@code build} should only hand the work to an executor); meanwhile
     * {@code queued} hears the place in line, now and whenever it changes.
     */
    public void start(Runnable build, IntConsumer queued) {
        queue.start(this, build, queued);
    }

    /** The build ended, or will never run: its builder or its place goes to the next. */
    public void finished() {
        queue.finished(this);
    }

}
