package dev.faibric.generation.stream;

import dev.faibric.answer.FileSoFar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The progress of the files being written, paced ({@link ProgressPacer}): each progress
 * event of a file carries the text written since the one before ({@code chunk}), so the
 * stored events hold each character once and a page shows the file growing.
 */
final class FileChunks {

    private final ProgressPacer pacer;

    private int sent;

    FileChunks(long intervalNanos) {
        this.pacer = new ProgressPacer(intervalNanos);
    }

    /** A file starts: progress is due at once, and none of it was sent. */
    void started() {
        sent = 0;
        pacer.due(true);
    }

    /**
     * The fields of a progress event of the file when one is due: its {@code path} and
     * {@code chunk} (empty when nothing new is sure yet); null when none is due yet.
     */
    @Nullable Map<String, Object> progress(String path, FileSoFar file) {
        if (!pacer.due(false)) {
            return null;
        }
        String text = file.text();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("path", path);
        fields.put("chunk", text.length() > sent ? text.substring(sent) : "");
        sent = Math.max(sent, text.length());
        return fields;
    }

}
