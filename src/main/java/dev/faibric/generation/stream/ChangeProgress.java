package dev.faibric.generation.stream;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.FileEdit;
import dev.faibric.answer.FileSoFar;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a change for the browser (which file is being edited, once per run of edits
 * to one file, with {@code edit: true}; which file is being written whole, and paced, the
 * text written since: {@link FileChunks}), and each complete edit or file handed to
 * {@code completed} as it arrives.
 */
public final class ChangeProgress implements ChangeStreamListener {

    private final long projectId;

    private final ProjectEvents events;

    private final Consumer<ChangeSet.Change> completed;

    private final FileChunks chunks;

    private @Nullable String lastPath;

    public ChangeProgress(long projectId, ProjectEvents events, long progressIntervalNanos,
            Consumer<ChangeSet.Change> completed) {
        this.projectId = projectId;
        this.events = events;
        this.completed = completed;
        this.chunks = new FileChunks(progressIntervalNanos);
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
            events.publish(projectId, EventType.PROGRESS, "Editing " + path, Map.of("path", path, "edit", true));
        }
    }

    @Override
    public void onFileStarted(String path) {
        lastPath = path;
        chunks.started();
        events.publish(projectId, EventType.PROGRESS, "Writing " + path, Map.of("path", path));
    }

    @Override
    public void onFileProgress(String path, FileSoFar file) {
        Map<String, Object> fields = chunks.progress(path, file);
        if (fields != null) {
            events.publish(projectId, EventType.PROGRESS, "Writing " + path + " (" + file.length() + " characters)",
                    fields);
        }
    }

}
