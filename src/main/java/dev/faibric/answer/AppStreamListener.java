package dev.faibric.answer;

import dev.faibric.project.SourceFile;
import java.util.Map;

/**
 * What {@link AppStreamParser} finds in a model's answer, reported the moment it is
 * complete.
 */
public interface AppStreamListener {

    /**
     * The opening {@code <faibric-app ...>} tag and its attributes (type, title,
     * requires_backend).
     */
    default void onApp(Map<String, String> attributes) {
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

    default void onFile(SourceFile file) {
    }

    /** A metadata block: description, styles, features, data, backend or database. */
    default void onSection(String name, String body) {
    }

    /**
     * Something in the stream could not be used as it is, e.g. a file cut off before its
     * end.
     */
    default void onProblem(String message) {
    }

}
