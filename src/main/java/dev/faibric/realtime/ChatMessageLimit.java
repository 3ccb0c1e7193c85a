package dev.faibric.realtime;

/**
 * How many characters a chat message may have. Whoever acts on chat messages sets it (the
 * engine: a message is a change request, as long as a prompt may be).
 */
@FunctionalInterface
public interface ChatMessageLimit {

    int maxChars();

}
