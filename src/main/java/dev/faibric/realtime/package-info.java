/**
 * Live project events: a persisted, sequence-numbered log per project, fan-out to every
 * watcher, and the WebSocket endpoint {@code /ws/project/{id}/} that replays what a
 * client missed.
 */
@NullMarked
package dev.faibric.realtime;

import org.jspecify.annotations.NullMarked;
