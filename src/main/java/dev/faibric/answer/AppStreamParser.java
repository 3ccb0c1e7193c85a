package dev.faibric.answer;

import dev.faibric.project.SourceFile;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incremental parser of the model output format ({@code <faibric-app>} with raw
 * {@code <file>} blocks). Chunks may be cut anywhere, even inside a tag; each file is
 * reported as soon as its closing tag arrives. Tolerant of what real models write: prose
 * around the answer, a reasoning model's {@code <think>} block before it (which may name
 * the tags), code fences inside a file, single-quoted attributes, a missing
 * {@code <faibric-app>} wrapper, and a stream that stops early. Nothing here throws on
 * bad input: it becomes a problem report.
 */
public final class AppStreamParser implements AnswerParser {

    /** The metadata blocks of an app answer, each optional. */
    public static final Set<String> SECTIONS = Set.of("description", "styles", "features", "data", "backend",
            "database");

    private static final Pattern APP_OPEN = Pattern.compile("<faibric-app\\b([^>]*)>");

    private static final Pattern FILE_OPEN_START = Pattern.compile("<file\\b");

    private static final String THINK_OPEN = "<think>";

    private static final String THINK_CLOSE = "</think>";

    private static final Pattern TAG = Pattern
        .compile("<(file|description|styles|features|data|backend|database)\\b([^<>]*)>|</faibric-app\\s*>");

    private enum State {

        SEEK_APP, THINKING, IN_APP, IN_FILE, IN_SECTION, DONE

    }

    private final AppStreamListener listener;

    private final StringBuilder buffer = new StringBuilder();

    private State state = State.SEEK_APP;

    private String current = "";

    private int scanFrom;

    public AppStreamParser(AppStreamListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(String chunk) {
        if (state == State.DONE || chunk.isEmpty()) {
            return;
        }
        buffer.append(chunk);
        boolean progressed;
        do {
            progressed = switch (state) {
                case SEEK_APP -> seekApp();
                case THINKING -> think();
                case IN_APP -> inApp();
                case IN_FILE -> inBody(true);
                case IN_SECTION -> inBody(false);
                case DONE -> false;
            };
        }
        while (progressed && state != State.DONE);
        if (state == State.IN_FILE) {
            listener.onFileProgress(current, new FileSoFar(buffer));
        }
    }

    /** The stream has ended: report anything left unfinished. */
    @Override
    public void finish() {
        switch (state) {
            case SEEK_APP, THINKING -> listener.onProblem("the answer contains no <faibric-app> and no <file> blocks");
            case IN_FILE ->
                listener.onProblem("file '" + current + "' was cut off before </file> (the answer ended early)");
            case IN_SECTION -> listener.onProblem("<" + current + "> was cut off before </" + current + ">");
            default -> {
            }
        }
        state = State.DONE;
        buffer.setLength(0);
    }

    private boolean seekApp() {
        Matcher app = APP_OPEN.matcher(buffer);
        Matcher file = FILE_OPEN_START.matcher(buffer);
        boolean hasApp = app.find();
        boolean hasFile = file.find();
        int think = buffer.indexOf(THINK_OPEN);
        if (think >= 0 && (!hasApp || think < app.start()) && (!hasFile || think < file.start())) {
            // A reasoning model's thoughts, which may name the tags without meaning them.
            buffer.delete(0, think + THINK_OPEN.length());
            state = State.THINKING;
            return true;
        }
        if (hasApp && (!hasFile || app.start() < file.start())) {
            listener.onApp(Tags.attributes(app.group(1)));
            buffer.delete(0, app.end());
            state = State.IN_APP;
            return true;
        }
        if (hasFile) {
            // No wrapper: a bare list of files is still an answer.
            listener.onApp(Map.of());
            buffer.delete(0, file.start());
            state = State.IN_APP;
            return true;
        }
        keepPossibleTagStart();
        return false;
    }

    /** Skips a reasoning model's {@code <think>} block, up to its end. */
    private boolean think() {
        int end = buffer.indexOf(THINK_CLOSE);
        if (end < 0) {
            buffer.delete(0, Math.max(0, buffer.length() - THINK_CLOSE.length()));
            return false;
        }
        buffer.delete(0, end + THINK_CLOSE.length());
        state = State.SEEK_APP;
        return true;
    }

    private boolean inApp() {
        Matcher tag = TAG.matcher(buffer);
        if (!tag.find()) {
            keepPossibleTagStart();
            return false;
        }
        if (tag.group(1) == null) {
            state = State.DONE;
            buffer.setLength(0);
            return false;
        }
        String name = tag.group(1);
        String attributes = tag.group(2);
        buffer.delete(0, tag.end());
        scanFrom = 0;
        if (name.equals("file")) {
            current = Tags.path(Tags.attributes(attributes));
            listener.onFileStarted(current);
            state = State.IN_FILE;
        }
        else {
            current = name;
            state = State.IN_SECTION;
        }
        return true;
    }

    /**
     * Looks for the end of the current file or section; a file also ends where the next
     * one starts.
     */
    private boolean inBody(boolean file) {
        String close = file ? "</file>" : "</" + current + ">";
        int end = indexFrom(close);
        int next = file ? Tags.earliest(indexFrom("\n<file "), indexFrom("\n</faibric-app>")) : -1;
        int stop = Tags.earliest(end, next);
        if (stop < 0) {
            scanFrom = Math.max(0, buffer.length() - "\n</faibric-app>".length());
            return false;
        }
        String body = buffer.substring(0, stop);
        buffer.delete(0, stop == end ? end + close.length() : stop);
        scanFrom = 0;
        if (file) {
            if (stop != end) {
                listener.onProblem("file '" + current + "' had no </file>; it was closed where the next block began");
            }
            deliverFile(body);
        }
        else {
            listener.onSection(current, body.strip());
        }
        state = State.IN_APP;
        return true;
    }

    private void deliverFile(String body) {
        if (current.isEmpty()) {
            listener.onProblem("a <file> block has no path attribute; it was ignored");
            return;
        }
        listener.onFile(new SourceFile(current, Tags.body(body)));
    }

    private int indexFrom(String marker) {
        return buffer.indexOf(marker, scanFrom);
    }

    /**
     * Drops text that cannot be part of a tag, keeping a trailing '<...' that may still
     * become one.
     */
    private void keepPossibleTagStart() {
        int lt = buffer.lastIndexOf("<");
        if (lt < 0 || buffer.length() - lt > Tags.MAX_TAG) {
            buffer.setLength(0);
        }
        else {
            buffer.delete(0, lt);
        }
    }

}
