package dev.faibric.generation.edit;

import dev.faibric.answer.SearchReplace;
import dev.faibric.project.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What applying a modification did: the resulting files and, per touched file, whether
 * all its changes applied. A file with any failed block keeps its previous content in
 * {@link #files()}; the caller can ask the model to rewrite that one file
 * ({@link #failedPaths()}, {@link #failures()}).
 *
 * @param files every file of the app after the change, in their previous order, new files
 * last
 * @param outcomes one entry per file the change touched, in the order first touched
 */
public record EditOutcome(List<SourceFile> files, List<FileOutcome> outcomes) {

    public EditOutcome {
        files = List.copyOf(files);
        outcomes = List.copyOf(outcomes);
    }

    public boolean allApplied() {
        return outcomes.stream().allMatch(FileOutcome::applied);
    }

    /** Files whose edits did not all apply: candidates for a one-file rewrite. */
    public List<String> failedPaths() {
        return outcomes.stream().filter(o -> !o.applied()).map(FileOutcome::path).toList();
    }

    public List<EditFailure> failures() {
        return outcomes.stream().flatMap(o -> o.failures().stream()).toList();
    }

    /** Files that were edited, created or rewritten successfully. */
    public List<String> changedPaths() {
        return outcomes.stream().filter(FileOutcome::applied).map(FileOutcome::path).toList();
    }

    /** How a block found its place. */
    public enum MatchKind {

        /** The SEARCH lines appear verbatim, once. */
        EXACT,
        /**
         * The SEARCH lines match once when leading/trailing whitespace and blank lines
         * are ignored; REPLACE was re-indented.
         */
        WHITESPACE,
        /**
         * A one-line SEARCH is a unique fragment of a line; only that fragment was
         * replaced.
         */
        WITHIN_LINE,
        /** An empty SEARCH on a missing (or empty) file created it. */
        NEW_FILE

    }

    public enum Reason {

        NOT_FOUND, AMBIGUOUS, NO_SUCH_FILE, EMPTY_SEARCH, INVALID_PATH

    }

    /**
     * One change that could not be applied.
     *
     * @param block 1-based number of the block among all blocks for this file; 0 for a
     * whole {@code <file>}
     * @param edit the block, or null for a whole file
     * @param message a sentence for a log or for the model, e.g. "SEARCH text not found
     * in App.tsx: ..."
     */
    public record EditFailure(String path, int block, Reason reason, String message, @Nullable SearchReplace edit) {
    }

    /**
     * @param applied every block (and any whole file) for this path applied
     * @param created the file did not exist before
     * @param rewritten an existing file was replaced by a whole {@code <file>}
     * @param matches how each applied block matched, in order
     * @param attemptedContent for a failed file, its content with the blocks that did
     * apply (not used in {@link EditOutcome#files()}); null when applied
     */
    public record FileOutcome(String path, boolean applied, boolean created, boolean rewritten, List<MatchKind> matches,
            List<EditFailure> failures, @Nullable String attemptedContent) {

        public FileOutcome {
            matches = List.copyOf(matches);
            failures = List.copyOf(failures);
        }
    }
}
