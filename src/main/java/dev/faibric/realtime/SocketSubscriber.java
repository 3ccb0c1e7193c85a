package dev.faibric.realtime;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import org.springframework.web.socket.WebSocketSession;

/**
 * Delivers one project's events to one socket exactly once and in order. Live events and replayed
 * ones meet here: anything at or below the last sequence sent is dropped, and a gap is filled from
 * the event log before the live event goes out.
 */
final class SocketSubscriber implements Consumer<ProjectEvent> {

    private static final int PAGE = 500;
    static final CloseStatus TOO_SLOW = new CloseStatus(4408, "Too far behind");

    private final Consumer<ProjectEvent> latency;

    private final long projectId;
    private final WebSocketSession session;
    private final ProjectEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    private long lastSent;

    SocketSubscriber(long projectId, WebSocketSession session, ProjectEvents events, long after,
                     Consumer<ProjectEvent> latency) {
        this.latency = latency;
        this.projectId = projectId;
        this.session = session;
        this.events = events;
        this.lastSent = Math.max(0, after);
    }

    @Override
    public void accept(ProjectEvent event) {
        lock.lock();
        try {
            if (event.seq() <= lastSent) {
                return;
            }
            if (event.seq() > lastSent + 1) {
                catchUpLocked();
                if (event.seq() <= lastSent) {
                    return;
                }
            }
            send(event);
        } finally {
            lock.unlock();
        }
    }

    /** Sends everything in the log after the last sequence sent, or after {@code after} when the client asks. */
    void resume(long after) {
        lock.lock();
        try {
            lastSent = Math.max(0, after);
            catchUpLocked();
        } finally {
            lock.unlock();
        }
    }

    long lastSent() {
        return lastSent;
    }

    void catchUp() {
        lock.lock();
        try {
            catchUpLocked();
        } finally {
            lock.unlock();
        }
    }

    private void catchUpLocked() {
        List<ProjectEvent> page;
        do {
            page = events.after(projectId, lastSent, PAGE);
            for (ProjectEvent missed : page) {
                send(missed);
            }
        } while (page.size() == PAGE && session.isOpen());
    }

    private void send(ProjectEvent event) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(event.json()));
            lastSent = event.seq();
            latency.accept(event);
        } catch (SessionLimitExceededException e) {
            // Too far behind: sending more would only grow the buffer. The client resumes from lastSent.
            closeQuietly(TOO_SLOW.withReason("Too far behind; reconnect with ?after=" + lastSent));
        } catch (IOException | RuntimeException e) {
            closeQuietly(CloseStatus.SERVER_ERROR);
        }
    }

    private void closeQuietly(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
    }
}
