package dev.faibric.generation.stream;

import dev.faibric.answer.AppStreamListener;
import dev.faibric.answer.FileSoFar;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One streaming answer being turned into events: a {@code file} event the moment each
 * file is complete, {@code progress} when each file starts and paced in between with the
 * text written since ({@link FileChunks}), and everything collected for validation and
 * the seed's JSON result once the stream ends.
 */
public final class GenerationRun implements AppStreamListener {

    private final long projectId;

    private final ProjectEvents events;

    private final FileChunks chunks;

    private final Consumer<List<SourceFile>> onFileWritten;

    private final Map<String, String> attributes = new LinkedHashMap<>();

    private final Map<String, String> sections = new LinkedHashMap<>();

    private final Map<String, SourceFile> files = new LinkedHashMap<>();

    private final List<String> problems = new ArrayList<>();

    private long bytesDone;

    public GenerationRun(long projectId, ProjectEvents events, long progressIntervalNanos,
            Consumer<List<SourceFile>> onFileWritten) {
        this.projectId = projectId;
        this.events = events;
        this.chunks = new FileChunks(progressIntervalNanos);
        this.onFileWritten = onFileWritten;
    }

    @Override
    public void onApp(Map<String, String> attributes) {
        this.attributes.putAll(attributes);
    }

    @Override
    public void onFileStarted(String path) {
        chunks.started();
        events.publish(projectId, EventType.PROGRESS, "Writing " + path,
                Map.of("path", path, "files", files.size(), "bytes", bytesDone));
    }

    @Override
    public void onFileProgress(String path, FileSoFar file) {
        Map<String, Object> fields = chunks.progress(path, file);
        if (fields != null) {
            fields.put("files", files.size());
            fields.put("bytes", bytesDone + file.length());
            events.publish(projectId, EventType.PROGRESS, "Writing " + path + " (" + file.length() + " characters)",
                    fields);
        }
    }

    @Override
    public void onFile(SourceFile file) {
        if (files.put(file.path(), file) != null) {
            problems.add("file '" + file.path() + "' was written twice; the last one was kept");
        }
        bytesDone += file.content().length();
        events.publish(projectId, EventType.FILE, file.content(), Map.of("path", file.path(), "lines", file.lines()));
        onFileWritten.accept(files());
    }

    @Override
    public void onSection(String name, String body) {
        sections.put(name, body);
    }

    @Override
    public void onProblem(String message) {
        problems.add(message);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public Map<String, String> sections() {
        return sections;
    }

    public List<SourceFile> files() {
        return List.copyOf(files.values());
    }

    public List<String> problems() {
        return problems;
    }

}
