package dev.faibric.dataapi;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Executor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One listener's stream of an app's data changes. Events wait in a small outbox and are
 * written by one writer at a time, off the thread that made the change; a listener that
 * falls {@value #MAX_WAITING} events behind is closed (its browser reconnects and reads
 * again).
 */
final class LiveStream {

    static final int MAX_WAITING = 64;

    private final SseEmitter emitter;

    private final Set<String> collections;

    private final Executor writers;

    private final Deque<SseEventBuilder> outbox = new ArrayDeque<>();

    private boolean writing;

    private boolean closed;

    /**
     * @param collections the collections listened to; empty for all
     */
    LiveStream(SseEmitter emitter, Set<String> collections, Executor writers) {
        this.emitter = emitter;
        this.collections = Set.copyOf(collections);
        this.writers = writers;
    }

    SseEmitter emitter() {
        return this.emitter;
    }

    boolean hears(String collection) {
        return this.collections.isEmpty() || this.collections.contains(collection);
    }

    void offer(SseEventBuilder event) {
        synchronized (this) {
            if (this.closed) {
                return;
            }
            if (this.outbox.size() >= MAX_WAITING) {
                this.closed = true;
                this.outbox.clear();
                this.emitter.complete();
                return;
            }
            this.outbox.add(event);
            if (this.writing) {
                return;
            }
            this.writing = true;
        }
        this.writers.execute(this::write);
    }

    private void write() {
        while (true) {
            SseEventBuilder next;
            synchronized (this) {
                next = this.outbox.poll();
                if (next == null || this.closed) {
                    this.writing = false;
                    return;
                }
            }
            try {
                this.emitter.send(next);
            }
            catch (IOException | IllegalStateException e) {
                close();
                this.emitter.completeWithError(e);
                return;
            }
        }
    }

    /** Stops writing; what waits is dropped. */
    synchronized void close() {
        this.closed = true;
        this.outbox.clear();
    }

}
