package dev.faibric.answer;

import dev.faibric.project.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Incremental parser of the modification format: {@code <edit path="...">} elements
 * holding SEARCH/REPLACE blocks, {@code <file path="...">} elements holding whole files,
 * a {@code <summary>}, and, for an app that keeps data, a new data model in a
 * {@code <database>}. Chunks may be cut anywhere, even inside a tag or a marker; each
 * edit, file, the summary and the data model is reported as soon as it is complete.
 *
 * <p>
 * Tolerant of what real models write: prose around and between the blocks, code fences
 * around a block or its body, single-quoted attributes, markers of 5 to 9 characters with
 * trailing spaces (and Aider's older {@code ORIGINAL}/{@code UPDATED} words), CRLF line
 * ends, a missing closing tag, a {@code <file>} that holds SEARCH/REPLACE blocks, and a
 * stream that stops early (what completed is kept). Nothing here throws on bad input: it
 * becomes a problem report.
 *
 * <p>
 * This parser is longer than our 300-line rule, on purpose: its states share one buffer,
 * one scan position and the block at hand, and each state's few lines read best beside
 * the others; the SEARCH/REPLACE lines themselves are read by
 * {@link SearchReplaceReader}.
 */
public final class ChangeStreamParser implements AnswerParser {

    private static final Pattern TAG = Pattern.compile("<(edit|file|summary|database)(?=[\\s>/])([^<>]*)>");

    private static final Pattern STRAY_SEARCH = Pattern
        .compile("(?m)^[ \\t]*<{5,9}[ \\t]*(?i:SEARCH|ORIGINAL)[ \\t]*\\r?\\n");

    private static final Pattern HAS_REPLACE = Pattern
        .compile("(?m)^[ \\t]*>{5,9}[ \\t]*(?i:REPLACE|UPDATED)(?![\\w-])");

    /**
     * Where a {@code <file>} missing its {@code </file>} ends: the next block at the
     * start of a line.
     */
    private static final Pattern FILE_CUT = Pattern.compile("\\n<(?:file|edit)\\s|\\n<summary>|\\n<database>");

    private static final Pattern SECTION_CUT = Pattern.compile("<(?:edit|file)(?=[\\s>/])[^<>]*>");

    private static final int MAX_SUMMARY = 1_000;

    private enum State {

        SEEK, IN_EDIT, IN_FILE, IN_SECTION, DONE

    }

    private final ChangeStreamListener listener;

    private final StringBuilder buffer = new StringBuilder();

    private State state = State.SEEK;

    private String current = "";

    private SearchReplaceReader blocks = new SearchReplaceReader("", message -> {
    });

    private int scanFrom;

    /**
     * Whether the buffer's first character starts a line (it may start mid-line after
     * trimming).
     */
    private boolean atLineStart = true;

    private boolean sawBlock;

    private boolean strayReported;

    public ChangeStreamParser(ChangeStreamListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(String chunk) {
        if (state == State.DONE || chunk.isEmpty()) {
            return;
        }
        buffer.append(chunk);
        run();
        if (state == State.IN_FILE) {
            listener.onFileProgress(current, new FileSoFar(buffer));
        }
    }

    /**
     * The stream has ended: finish the last line, keep what completed and report what did
     * not.
     */
    @Override
    public void finish() {
        if (state == State.DONE) {
            return;
        }
        buffer.append('\n');
        run();
        switch (state) {
            case SEEK -> {
                if (!sawBlock) {
                    listener.onProblem("the answer contains no <edit>, <file> or <summary> blocks");
                }
            }
            case IN_EDIT -> {
                if (blocks.outside()) {
                    endEdit("the edit for '" + current + "' had no </edit> (the answer ended early)");
                }
                else {
                    endEdit("the edit for '" + current
                            + "' was cut off inside a SEARCH/REPLACE block (the answer ended early)");
                }
            }
            case IN_FILE ->
                listener.onProblem("file '" + current + "' was cut off before </file> (the answer ended early)");
            case IN_SECTION -> {
                String text = buffer.toString().strip();
                if (current.equals("database")) {
                    listener.onProblem("<database> was cut off before </database> (the answer ended early)");
                }
                else {
                    int paragraph = text.indexOf("\n\n");
                    deliverSummary(paragraph < 0 ? text : text.substring(0, paragraph));
                }
            }
            case DONE -> {
            }
        }
        state = State.DONE;
        buffer.setLength(0);
    }

    private void run() {
        boolean progressed;
        do {
            progressed = switch (state) {
                case SEEK -> seek();
                case IN_EDIT -> inEdit();
                case IN_FILE -> inFile();
                case IN_SECTION -> inSection();
                case DONE -> false;
            };
        }
        while (progressed);
    }

    private boolean seek() {
        Matcher tag = TAG.matcher(buffer);
        boolean found = tag.find();
        noteStrayBlock(found ? tag.start() : buffer.length());
        if (!found) {
            keepTail();
            return false;
        }
        String name = tag.group(1);
        Map<String, String> attributes = Tags.attributes(tag.group(2));
        buffer.delete(0, tag.end());
        scanFrom = 0;
        atLineStart = false;
        sawBlock = true;
        switch (name) {
            case "edit" -> {
                current = Tags.path(attributes);
                blocks = new SearchReplaceReader(current, listener::onProblem);
                listener.onEditStarted(current);
                state = State.IN_EDIT;
            }
            case "file" -> {
                current = Tags.path(attributes);
                listener.onFileStarted(current);
                state = State.IN_FILE;
            }
            default -> {
                current = name;
                state = State.IN_SECTION;
            }
        }
        return true;
    }

    /**
     * SEARCH/REPLACE blocks outside any {@code <edit>} have no path: say so once, so a
     * caller can ask again.
     */
    private void noteStrayBlock(int limit) {
        if (strayReported) {
            return;
        }
        Matcher stray = STRAY_SEARCH.matcher(buffer).region(0, limit);
        while (stray.find()) {
            if (stray.start() > 0 || atLineStart) {
                strayReported = true;
                listener.onProblem("a SEARCH/REPLACE block outside any <edit path=\"...\"> was ignored");
                return;
            }
        }
    }

    /**
     * Drops prose that cannot become a tag, keeping the last line and a trailing '<...'
     * that may still become one.
     */
    private void keepTail() {
        int length = buffer.length();
        int lineStart = buffer.lastIndexOf("\n") + 1;
        int lt = buffer.lastIndexOf("<");
        int keep = length;
        if (length - lineStart <= Tags.MAX_TAG) {
            keep = lineStart;
        }
        if (lt >= 0 && length - lt <= Tags.MAX_TAG) {
            keep = Math.min(keep, lt);
        }
        if (keep > 0) {
            atLineStart = buffer.charAt(keep - 1) == '\n';
            buffer.delete(0, keep);
        }
    }

    /**
     * Reads the edit's body line by line; between blocks, {@code </edit>} or the next
     * block's tag ends it.
     */
    private boolean inEdit() {
        while (true) {
            int newline = buffer.indexOf("\n");
            boolean complete = newline >= 0;
            String line = complete ? buffer.substring(0, newline) : buffer.toString();
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (blocks.outside()) {
                int close = line.indexOf("</edit>");
                Matcher next = TAG.matcher(line);
                int nextAt = next.find() ? next.start() : -1;
                if (close >= 0 && (nextAt < 0 || close < nextAt)) {
                    buffer.delete(0, close + "</edit>".length());
                    endEdit(null);
                    return true;
                }
                if (nextAt >= 0) {
                    buffer.delete(0, nextAt);
                    endEdit("the edit for '" + current + "' had no </edit>; it was closed where the next block began");
                    return true;
                }
            }
            if (!complete) {
                return false;
            }
            int rest = blocks.accept(line);
            buffer.delete(0, rest < 0 ? newline + 1 : rest);
        }
    }

    private void endEdit(@Nullable String problem) {
        state = State.SEEK;
        atLineStart = false;
        boolean cutInBlock = !blocks.outside();
        List<SearchReplace> complete = blocks.complete();
        if (current.isEmpty()) {
            listener.onProblem("an <edit> block has no path attribute; it was ignored");
        }
        else if (complete.isEmpty()) {
            listener.onProblem(problem != null ? problem + "; it was ignored"
                    : "the edit for '" + current + "' contains no complete SEARCH/REPLACE block; it was ignored");
        }
        else {
            listener.onEdit(new FileEdit(current, complete));
            if (problem != null) {
                listener.onProblem(cutInBlock ? problem + "; its complete blocks were kept" : problem);
            }
        }
    }

    /**
     * Looks for the end of the current file; a file missing its {@code </file>} ends
     * where the next block starts.
     */
    private boolean inFile() {
        int end = buffer.indexOf("</file>", scanFrom);
        Matcher cut = FILE_CUT.matcher(buffer);
        int next = cut.find(scanFrom) ? cut.start() : -1;
        int stop = Tags.earliest(end, next);
        if (stop < 0) {
            scanFrom = Math.max(0, buffer.length() - 16);
            return false;
        }
        String body = buffer.substring(0, stop);
        buffer.delete(0, stop == end ? end + "</file>".length() : stop);
        scanFrom = 0;
        atLineStart = false;
        state = State.SEEK;
        if (stop != end) {
            listener.onProblem("file '" + current + "' had no </file>; it was closed where the next block began");
        }
        deliverFile(body);
        return true;
    }

    private void deliverFile(String body) {
        if (current.isEmpty()) {
            listener.onProblem("a <file> block has no path attribute; it was ignored");
            return;
        }
        String content = Tags.body(body);
        if (STRAY_SEARCH.matcher(content).find() && HAS_REPLACE.matcher(content).find()) {
            // The model wrote edits inside <file>: writing the markers into the file
            // would break it.
            List<SearchReplace> complete = SearchReplaceReader.readAll(current, content, listener::onProblem);
            if (complete.isEmpty()) {
                listener.onProblem(
                        "file '" + current + "' holds SEARCH/REPLACE markers but no complete block; it was ignored");
            }
            else {
                listener.onProblem("file '" + current + "' holds SEARCH/REPLACE blocks; it was read as an <edit>");
                listener.onEdit(new FileEdit(current, complete));
            }
            return;
        }
        listener.onFile(new SourceFile(current, content));
    }

    /**
     * Looks for the end of the {@code <summary>} or {@code <database>}; one missing its
     * closing tag ends where the next edit or file starts.
     */
    private boolean inSection() {
        String close = "</" + current + ">";
        int end = buffer.indexOf(close);
        Matcher cut = SECTION_CUT.matcher(buffer);
        int next = cut.find() ? cut.start() : -1;
        int stop = Tags.earliest(end, next);
        if (stop < 0) {
            return false;
        }
        String body = buffer.substring(0, stop);
        buffer.delete(0, stop == end ? end + close.length() : stop);
        atLineStart = false;
        state = State.SEEK;
        if (stop != end) {
            listener.onProblem("<" + current + "> had no " + close + "; it was closed where the next block began");
        }
        if (current.equals("database")) {
            listener.onDatabase(Tags.body(body).strip());
        }
        else {
            deliverSummary(body);
        }
        return true;
    }

    private void deliverSummary(String body) {
        String text = body.strip();
        if (text.length() > MAX_SUMMARY) {
            text = text.substring(0, MAX_SUMMARY - 3) + "...";
        }
        if (!text.isEmpty()) {
            listener.onSummary(text);
        }
    }

}
