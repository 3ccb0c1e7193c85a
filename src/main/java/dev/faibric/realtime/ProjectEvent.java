package dev.faibric.realtime;

/**
 * One event of a project's log, already serialised as the JSON message clients receive.
 */
public record ProjectEvent(long projectId, long seq, String type, long timestamp, String json) {
}
