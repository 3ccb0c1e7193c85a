package dev.faibric.realtime;

/**
 * A viewer of a project asked for a change in the chat; whoever builds apps acts on it.
 */
public record UserMessageReceived(long projectId, String content) {
}
