package dev.faibric.realtime;

import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.CloseStatus;

/**
 * The messages waiting for one socket's writer, in order, and how many characters they
 * hold (what the outbox's bound is measured in). Not thread-safe: its
 * {@link SocketSubscriber} guards it.
 */
final class SocketOutbox {

    /**
     * A message waiting to be written; {@code event} is null for an answer to this client
     * alone, after which {@code then}, if set, closes the socket.
     */
    record Outgoing(String json, @Nullable ProjectEvent event, @Nullable CloseStatus then) {

        Outgoing(String json, @Nullable ProjectEvent event) {
            this(json, event, null);
        }

    }

    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();

    private long chars;

    void add(Outgoing message) {
        queue.add(message);
        chars += message.json().length();
    }

    @Nullable Outgoing poll() {
        Outgoing next = queue.poll();
        if (next != null) {
            chars -= next.json().length();
        }
        return next;
    }

    /** Drops the numbered events, keeping the answers to this client. */
    void dropEvents() {
        queue.removeIf(o -> o.event() != null);
        chars = queue.stream().mapToLong(o -> o.json().length()).sum();
    }

    void clear() {
        queue.clear();
        chars = 0;
    }

    long chars() {
        return chars;
    }

}
