package dev.faibric.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SEARCH/REPLACE blocks of one edit, read one complete line at a time: markers of 5
 * to 9 characters with trailing spaces (and Aider's older
 * {@code ORIGINAL}/{@code UPDATED} words), a code fence around a block's text, and blocks
 * that end early are all understood.
 */
final class SearchReplaceReader {

    static final Pattern SEARCH = Pattern.compile("[ \\t]*<{5,9}[ \\t]*(?i:SEARCH|ORIGINAL)[ \\t]*");

    private static final Pattern DIVIDER = Pattern.compile("[ \\t]*={5,9}[ \\t]*");

    private static final Pattern REPLACE = Pattern.compile("[ \\t]*>{5,9}[ \\t]*(?i:REPLACE|UPDATED)(?![\\w-])");

    private static final Pattern FENCE_OPEN = Pattern.compile("[ \\t]*```[\\w.+-]*[ \\t]*");

    private static final Pattern FENCE_CLOSE = Pattern.compile("[ \\t]*```[ \\t]*");

    private enum Part {

        OUTSIDE, SEARCH, REPLACE

    }

    private final String path;

    private final Consumer<String> problems;

    private final List<SearchReplace> complete = new ArrayList<>();

    private final List<String> search = new ArrayList<>();

    private final List<String> replace = new ArrayList<>();

    private Part part = Part.OUTSIDE;

    SearchReplaceReader(String path, Consumer<String> problems) {
        this.path = path;
        this.problems = problems;
    }

    boolean outside() {
        return part == Part.OUTSIDE;
    }

    List<SearchReplace> complete() {
        return List.copyOf(complete);
    }

    /**
     * Takes one line (without its line end). Returns -1 when the line is used up, or the
     * index from which the rest of the line must be read again as text between blocks
     * (after a {@code >>>>>>> REPLACE} marker, or a {@code </edit>} that ended a block
     * early).
     */
    int accept(String line) {
        switch (part) {
            case OUTSIDE -> {
                if (SEARCH.matcher(line).matches()) {
                    open();
                }
                // Anything else between blocks is prose, a code fence or a stray marker:
                // ignored.
            }
            case SEARCH -> {
                if (DIVIDER.matcher(line).matches()) {
                    part = Part.REPLACE;
                }
                else if (SEARCH.matcher(line).matches()) {
                    problems.accept(where() + " had no ======= line; it was dropped");
                    open();
                }
                else if (REPLACE.matcher(line).lookingAt()) {
                    problems.accept(where() + " had no ======= line; it was dropped");
                    part = Part.OUTSIDE;
                }
                else if (line.strip().equals("</edit>")) {
                    problems.accept(where() + " ended before its ======= line; it was dropped");
                    part = Part.OUTSIDE;
                    return 0;
                }
                else {
                    search.add(line);
                }
            }
            case REPLACE -> {
                Matcher marker = REPLACE.matcher(line);
                if (marker.lookingAt()) {
                    close();
                    return marker.end() < line.length() ? marker.end() : -1;
                }
                else if (SEARCH.matcher(line).matches()) {
                    problems.accept(where() + " had no >>>>>>> REPLACE line; it was ended where the next SEARCH began");
                    close();
                    open();
                }
                else if (line.strip().equals("</edit>")) {
                    problems.accept(where() + " had no >>>>>>> REPLACE line; it was ended at </edit>");
                    close();
                    return 0;
                }
                else {
                    replace.add(line);
                }
            }
        }
        return -1;
    }

    private String where() {
        return "a SEARCH/REPLACE block in the edit for '" + path + "'";
    }

    private void open() {
        search.clear();
        replace.clear();
        part = Part.SEARCH;
    }

    private void close() {
        complete.add(new SearchReplace(join(unfence(search)), join(unfence(replace))));
        part = Part.OUTSIDE;
    }

    /** Removes a code fence a model put around the text inside a block. */
    private static List<String> unfence(List<String> lines) {
        List<String> text = new ArrayList<>(lines);
        if (!text.isEmpty() && FENCE_OPEN.matcher(text.getFirst()).matches()) {
            text.removeFirst();
        }
        if (!text.isEmpty() && FENCE_CLOSE.matcher(text.getLast()).matches()) {
            text.removeLast();
        }
        return text;
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /**
     * Reads every block of a whole text (a {@code <file>} the model filled with edits);
     * what is unfinished at its end is reported and dropped.
     */
    static List<SearchReplace> readAll(String path, String text, Consumer<String> problems) {
        SearchReplaceReader reader = new SearchReplaceReader(path, problems);
        for (String line : text.split("\n", -1)) {
            int rest = reader.accept(line);
            if (rest >= 0) {
                reader.accept(line.substring(rest));
            }
        }
        if (!reader.outside()) {
            problems.accept("a SEARCH/REPLACE block in file '" + path + "' was not finished; it was dropped");
        }
        return reader.complete();
    }

}
