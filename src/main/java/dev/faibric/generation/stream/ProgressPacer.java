package dev.faibric.generation.stream;

/**
 * How often a build's progress is stored: at most every {@code interval}, and less often
 * as the answer goes on (the wait grows by one interval every {@value #EASING} events),
 * so a long answer stores about a hundred progress events a minute's streaming, not one
 * per chunk, while the page still sees it move.
 */
final class ProgressPacer {

    static final int EASING = 40;

    private final long intervalNanos;

    private long last;

    private int sent;

    ProgressPacer(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Whether progress is due now; {@code force} (a new file) always is. */
    boolean due(boolean force) {
        long now = System.nanoTime();
        if (!force && sent > 0 && now - last < intervalNanos + intervalNanos * sent / EASING) {
            return false;
        }
        last = now;
        sent++;
        return true;
    }

}
