package dev.faibric.generation.stream;

import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.Map;

/** Progress of a change for the browser: which file is being edited or written. */
public record ChangeProgress(long projectId, ProjectEvents events) implements ChangeStreamListener {

    @Override
    public void onEditStarted(String path) {
        events.publish(projectId, EventType.PROGRESS, "Editing " + path, Map.of("path", path));
    }

    @Override
    public void onFileStarted(String path) {
        events.publish(projectId, EventType.PROGRESS, "Writing " + path, Map.of("path", path));
    }

}
