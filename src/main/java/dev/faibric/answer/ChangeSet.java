package dev.faibric.answer;

import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a modification answer asked for, in the order it was written: edits and
 * whole files, the one-line summary, a new data model ({@code <database>}, null when the
 * answer has none, so the app keeps its own), and the problems the parser met (a cut-off
 * block, a block without path).
 */
public record ChangeSet(List<Change> changes, @Nullable String summary, @Nullable String database,
        List<String> problems) {

    public ChangeSet {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /**
     * One change to the app's files: an {@link FileEdit} or a {@link Write} of a whole
     * file.
     */
    public sealed interface Change permits FileEdit, Write {

        String path();

    }

    /** A {@code <file>}: a new file, or an existing one rewritten entirely. */
    public record Write(SourceFile file) implements Change {
        @Override
        public String path() {
            return file.path();
        }
    }

    public List<FileEdit> edits() {
        return changes.stream().filter(FileEdit.class::isInstance).map(FileEdit.class::cast).toList();
    }

    public List<SourceFile> files() {
        return changes.stream().filter(Write.class::isInstance).map(c -> ((Write) c).file()).toList();
    }

    /** Whether the answer changes nothing: no edit, no file and no new data model. */
    public boolean isEmpty() {
        return changes.isEmpty() && database == null;
    }

    /**
     * Collects what a {@link ChangeStreamParser} reports into a {@link ChangeSet},
     * passing every event on to an optional delegate (e.g. the one that streams progress
     * to the browser).
     */
    public static final class Collector implements ChangeStreamListener {

        private final ChangeStreamListener delegate;

        private final List<Change> changes = new ArrayList<>();

        private final List<String> problems = new ArrayList<>();

        private @Nullable String summary;

        private @Nullable String database;

        public Collector(ChangeStreamListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onEditStarted(String path) {
            delegate.onEditStarted(path);
        }

        @Override
        public void onEdit(FileEdit edit) {
            changes.add(edit);
            delegate.onEdit(edit);
        }

        @Override
        public void onFileStarted(String path) {
            delegate.onFileStarted(path);
        }

        @Override
        public void onFileProgress(String path, FileSoFar file) {
            delegate.onFileProgress(path, file);
        }

        @Override
        public void onFile(SourceFile file) {
            changes.add(new Write(file));
            delegate.onFile(file);
        }

        @Override
        public void onSummary(String text) {
            summary = text;
            delegate.onSummary(text);
        }

        @Override
        public void onDatabase(String json) {
            database = json;
            delegate.onDatabase(json);
        }

        @Override
        public void onProblem(String message) {
            problems.add(message);
            delegate.onProblem(message);
        }

        public ChangeSet result() {
            return new ChangeSet(changes, summary, database, problems);
        }

    }
}
