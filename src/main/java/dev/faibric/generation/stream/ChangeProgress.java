package dev.faibric.generation.stream;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.FileEdit;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Progress of a change for the browser (which file is being edited or written), and each
 * complete edit or file handed to {@code completed} as it arrives.
 */
public record ChangeProgress(long projectId, ProjectEvents events,
        Consumer<ChangeSet.Change> completed) implements ChangeStreamListener {

    /** Progress for the browser only. */
    public ChangeProgress(long projectId, ProjectEvents events) {
        this(projectId, events, change -> {
        });
    }

    @Override
    public void onEdit(FileEdit edit) {
        completed.accept(edit);
    }

    @Override
    public void onFile(SourceFile file) {
        completed.accept(new ChangeSet.Write(file));
    }

    @Override
    public void onEditStarted(String path) {
        events.publish(projectId, EventType.PROGRESS, "Editing " + path, Map.of("path", path));
    }

    @Override
    public void onFileStarted(String path) {
        events.publish(projectId, EventType.PROGRESS, "Writing " + path, Map.of("path", path));
    }

}
