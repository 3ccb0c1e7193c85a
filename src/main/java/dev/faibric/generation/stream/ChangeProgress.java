package dev.faibric.generation.stream;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.FileEdit;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a change for the browser (which file is being edited or written, once per
 * run of edits to one file), and each complete edit or file handed to {@code completed}
 * as it arrives.
 */
public final class ChangeProgress implements ChangeStreamListener {

    private final long projectId;

    private final ProjectEvents events;

    private final Consumer<ChangeSet.Change> completed;

    private @Nullable String lastPath;

    public ChangeProgress(long projectId, ProjectEvents events, Consumer<ChangeSet.Change> completed) {
        this.projectId = projectId;
        this.events = events;
        this.completed = completed;
    }

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
        if (!path.equals(lastPath)) {
            lastPath = path;
            events.publish(projectId, EventType.PROGRESS, "Editing " + path, Map.of("path", path));
        }
    }

    @Override
    public void onFileStarted(String path) {
        lastPath = path;
        events.publish(projectId, EventType.PROGRESS, "Writing " + path, Map.of("path", path));
    }

}
