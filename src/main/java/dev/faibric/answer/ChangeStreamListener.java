package dev.faibric.answer;

import dev.faibric.project.SourceFile;

/**
 * What {@link ChangeStreamParser} finds in a modification answer, reported the moment it
 * is complete.
 */
public interface ChangeStreamListener {

    /** An {@code <edit>} has started; its SEARCH/REPLACE blocks are streaming. */
    default void onEditStarted(String path) {
    }

    /** A complete {@code <edit>} with at least one complete SEARCH/REPLACE block. */
    default void onEdit(FileEdit edit) {
    }

    /** A {@code <file>} has started; its body is streaming. */
    default void onFileStarted(String path) {
    }

    /**
     * More of the current file has arrived: {@code file} is what of it there is so far,
     * to read during this call only.
     */
    default void onFileProgress(String path, FileSoFar file) {
    }

    /** A complete {@code <file>}: a new file or a whole rewrite of an existing one. */
    default void onFile(SourceFile file) {
    }

    /**
     * A {@code <database>}: the app's whole new data model (its JSON, not yet checked).
     */
    default void onDatabase(String json) {
    }

    /** The one-line {@code <summary>} of what changed. */
    default void onSummary(String summary) {
    }

    /**
     * Something in the stream could not be used as it is, e.g. a block cut off before its
     * end.
     */
    default void onProblem(String message) {
    }

}
