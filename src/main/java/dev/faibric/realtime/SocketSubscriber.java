package dev.faibric.realtime;

import dev.faibric.realtime.SocketOutbox.Outgoing;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Delivers one project's events to one socket exactly once and in order.
 *
 * <p>
 * Whoever hands in an event never waits for the network or the database: it goes to this
 * socket's bounded outbox, which a writer thread empties. Events the socket has not seen
 * yet (on connecting with {@code ?after=n}, on {@code resume}, after a gap) are read from
 * the event log by the writer, a page at a time and only as fast as the client takes
 * them, so a long replay holds little memory. A client that stops reading fills only its
 * own outbox; past {@link #OUTBOX_CHARS} of live events it is closed with 4408 and the
 * sequence number to resume from, and nobody else (the build, other watchers) notices.
 *
 * <p>
 * A writer exists only while its socket has something to write, and one blocked on a
 * client that does not read holds nobody else up (see {@link RealtimeExecutors}).
 */
final class SocketSubscriber implements Consumer<ProjectEvent> {

    static final int OUTBOX_CHARS = 8 * 1024 * 1024;
    static final CloseStatus TOO_SLOW = new CloseStatus(4408, "Too far behind");

    private static final int PAGE = 100;

    private static final int REPLAY_CHARS = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SocketSubscriber.class);

    private final long projectId;

    private final WebSocketSession session;

    private final ProjectEvents events;

    private final Consumer<ProjectEvent> sent;

    private final ReentrantLock lock = new ReentrantLock();

    private final SocketOutbox outbox = new SocketOutbox();

    private boolean writing;

    /** Events after {@link #lastQueued} may be in the log only: the writer reads them. */
    private boolean replaying;

    /** Once set, the writer closes the socket after the message it is writing. */
    private CloseStatus closing;

    /** The last sequence number queued; everything up to it is (or was) on its way. */
    private long lastQueued;

    /** The highest live event left to the replay, which reads on until it has it. */
    private long pendingLive;

    /** The last event written whole: a client closed for being slow resumes after it. */
    private volatile long lastSent;

    /** Where this socket's writer runs while it has something to write. */
    private final Executor writers;

    SocketSubscriber(long projectId, WebSocketSession session, ProjectEvents events, long after,
            Consumer<ProjectEvent> sent, Executor writers) {
        this.writers = writers;
        this.projectId = projectId;
        this.session = session;
        this.events = events;
        this.sent = sent;
        this.lastQueued = Math.max(0, after);
        this.lastSent = lastQueued;
    }

    @Override
    public void accept(ProjectEvent event) {
        locked(() -> {
            if (event.seq() <= lastQueued || closing != null) {
                return; // already on its way
            }
            if (replaying || event.seq() > lastQueued + 1) {
                // The writer reads it from the log in turn, with what is missing before
                // it.
                pendingLive = Math.max(pendingLive, event.seq());
                replayLocked();
                return;
            }
            queue(new Outgoing(event.json(), event));
        });
    }

    /** Replays the log after {@code after}, as the client asked, instead of the queue. */
    void resume(long after) {
        locked(() -> {
            outbox.dropEvents();
            lastQueued = Math.max(0, after);
            replayLocked();
        });
    }

    /** Reads what the log holds after the last event queued. */
    void catchUp() {
        locked(this::replayLocked);
    }

    /** Queues a message for this client alone (an answer to something it sent). */
    void tell(String json, @Nullable CloseStatus then) {
        locked(() -> {
            if (closing == null) {
                queue(new Outgoing(json, null, then));
            }
        });
    }

    long lastQueued() {
        long[] seq = new long[1];
        locked(() -> seq[0] = lastQueued);
        return seq[0];
    }

    private void replayLocked() {
        replaying = true;
        startWriter();
    }

    /** Queues a live message; past the outbox's bound the client is too far behind. */
    private void queue(Outgoing message) {
        add(message);
        if (outbox.chars() > OUTBOX_CHARS) {
            close(TOO_SLOW);
        }
        else {
            startWriter();
        }
    }

    private void add(Outgoing message) {
        if (message.event() != null) {
            lastQueued = message.event().seq();
        }
        outbox.add(message);
    }

    private void startWriter() {
        if (!writing) {
            writing = true;
            try {
                writers.execute(this::writeOut);
            }
            catch (RuntimeException | OutOfMemoryError e) {
                // No thread to write with: left as it is, the straggler sweep tries
                // again.
                writing = false;
                log.error("Could not start the writer of socket {}: {}", session.getId(), e.toString());
            }
        }
    }

    /**
     * The socket's writer: in order, until there is nothing to write or the socket
     * closes. If anything unexpected stops it (the log could not be read), the socket is
     * closed, and the client reconnects with {@code ?after=} the last event it got.
     */
    private void writeOut() {
        try {
            writeAll();
        }
        catch (RuntimeException | Error e) {
            log.warn("The writer of socket {} (project {}) failed; closing it so the client resumes: {}",
                    session.getId(), projectId, e.toString());
            locked(() -> {
                writing = false;
                close(CloseStatus.SERVER_ERROR);
                startWriter(); // closes it (when it was already closing, too)
            });
        }
    }

    private void writeAll() {
        while (true) {
            Outgoing next = next();
            if (next == null) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(next.json()));
            }
            catch (IOException | RuntimeException e) {
                locked(() -> close(CloseStatus.SERVER_ERROR));
                continue;
            }
            if (next.event() != null) {
                lastSent = next.event().seq();
                sent.accept(next.event());
            }
            if (next.then() != null) {
                locked(() -> close(next.then()));
            }
        }
    }

    /**
     * The next message to write: from the outbox, else the next page of the log while
     * replaying (read without the lock, so handing in an event never waits for the
     * database). Null when the writer is done, having closed the socket if asked to.
     */
    private Outgoing next() {
        while (true) {
            long from;
            lock.lock();
            try {
                if (closing != null) {
                    writing = false;
                    break;
                }
                Outgoing next = outbox.poll();
                if (next != null) {
                    return next;
                }
                if (!replaying) {
                    writing = false;
                    return null;
                }
                from = lastQueued;
            }
            finally {
                lock.unlock();
            }
            List<ProjectEvent> page = events.after(projectId, from, PAGE);
            lock.lock();
            try {
                if (lastQueued != from || closing != null) {
                    continue; // a resume moved the start meanwhile: read again from there
                }
                int taken = 0;
                for (ProjectEvent missed : page) {
                    if (taken > 0 && outbox.chars() >= REPLAY_CHARS) {
                        break;
                    }
                    add(new Outgoing(missed.json(), missed));
                    taken++;
                }
                // A live event may have committed after this page was read: read on to
                // it.
                replaying = taken < page.size() || page.size() == PAGE || pendingLive > lastQueued;
            }
            finally {
                lock.unlock();
            }
        }
        closeNow();
        return null;
    }

    /** Closes the socket: only the writer does, once the message it writes is out. */
    private void closeNow() {
        CloseStatus status = closing;
        // Only now is it known how far the client got: no message is half-written.
        if (status == TOO_SLOW) {
            status = TOO_SLOW.withReason("Too far behind; reconnect with ?after=" + lastSent);
        }
        try {
            session.close(status);
        }
        catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }

    private void locked(Runnable work) {
        lock.lock();
        try {
            work.run();
        }
        finally {
            lock.unlock();
        }
    }

    /** Stops queueing; the writer closes the socket after the message it writes. */
    private void close(CloseStatus status) {
        if (closing == null) {
            closing = status;
            outbox.clear();
            startWriter();
        }
    }

}
