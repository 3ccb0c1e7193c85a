package dev.faibric.generation;

import dev.faibric.generation.EditOutcome.EditFailure;
import dev.faibric.generation.EditOutcome.FileOutcome;
import dev.faibric.generation.EditOutcome.MatchKind;
import dev.faibric.generation.EditOutcome.Reason;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Applies a modification answer (edits and whole files) to an app's current files.
 *
 * <p>
 * Each SEARCH/REPLACE block is placed by staged matching, the first stage that finds
 * anything deciding:
 * <ol>
 * <li>exact: the SEARCH lines appear verbatim (line ends aside) in the file;</li>
 * <li>whitespace-tolerant: they match line by line when leading/trailing whitespace and
 * blank lines are ignored; the original lines are replaced and the REPLACE lines
 * re-indented by the indentation difference observed at the first matched line (tabs and
 * spaces converted to the file's style);</li>
 * <li>within a line: a one-line SEARCH that is a fragment of a line replaces just that
 * fragment.</li>
 * </ol>
 * A stage that finds more than one place reports the block ambiguous (so an exact unique
 * match wins over several whitespace-tolerant ones). An empty SEARCH creates a file that
 * does not exist. Blocks apply in order, each to the result of the previous. A file with
 * any failed block keeps its previous content and is reported, so that the caller can ask
 * for that one file to be rewritten.
 */
final class EditApplier {

    private static final int MAX_QUOTE = 80;

    private EditApplier() {
    }

    static EditOutcome apply(List<SourceFile> current, ChangeSet changes) {
        return apply(current, changes.changes());
    }

    /**
     * Applies the changes in the order given: edits ({@link FileEdit}) and whole files
     * ({@link ChangeSet.Write}).
     */
    static EditOutcome apply(List<SourceFile> current, List<? extends ChangeSet.Change> changes) {
        Map<String, String> originals = new LinkedHashMap<>();
        for (SourceFile file : current) {
            originals.put(file.path(), file.content());
        }
        Map<String, Work> touched = new LinkedHashMap<>();
        for (ChangeSet.Change change : changes) {
            String path = resolve(change.path(), originals, touched);
            Work work = touched.computeIfAbsent(path, p -> new Work(p, originals.get(p)));
            switch (change) {
                case ChangeSet.Write write -> work.write(write.file().content());
                case FileEdit edit -> edit.blocks().forEach(work::edit);
            }
        }
        List<SourceFile> files = new ArrayList<>();
        originals.forEach((path, content) -> {
            Work work = touched.get(path);
            files.add(new SourceFile(path, work != null && work.ok() && work.content != null ? work.content : content));
        });
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Work work : touched.values()) {
            if (work.original == null && work.ok() && work.content != null) {
                files.add(new SourceFile(work.path, work.content));
            }
            outcomes.add(work.outcome());
        }
        return new EditOutcome(files, outcomes);
    }

    /** The result of placing one block in one file's content. */
    sealed interface BlockResult {

    }

    record Applied(String content, MatchKind kind) implements BlockResult {
    }

    record Failed(Reason reason, String message) implements BlockResult {
    }

    /** Places one block in {@code content} (which must exist); CRLF files stay CRLF. */
    static BlockResult applyBlock(String path, String content, SearchReplace block) {
        boolean crlf = content.contains("\r\n");
        String text = lf(content);
        BlockResult result = applyLf(path, text, lf(block.search()), lf(block.replace()));
        if (crlf && result instanceof Applied(String applied, MatchKind kind)) {
            return new Applied(applied.replace("\n", "\r\n"), kind);
        }
        return result;
    }

    private static BlockResult applyLf(String path, String text, String search, String replace) {
        if (search.isBlank()) {
            if (text.isBlank()) {
                return new Applied(replace, MatchKind.NEW_FILE);
            }
            return new Failed(Reason.EMPTY_SEARCH, "empty SEARCH for " + path
                    + ", which already exists: an empty SEARCH only creates a new file; search for the lines to change");
        }
        Lines file = Lines.of(text);
        List<String> searchLines = Lines.of(search).lines();
        List<String> replaceLines = Lines.of(replace).lines();

        List<Integer> exact = occurrences(file.lines(), searchLines);
        if (exact.size() == 1) {
            int at = exact.getFirst();
            return new Applied(file.splice(at, at + searchLines.size(), replaceLines), MatchKind.EXACT);
        }
        if (exact.size() > 1) {
            return ambiguous(path, exact.size(), searchLines);
        }

        List<Integer> fileAt = nonBlank(file.lines());
        List<Integer> searchAt = nonBlank(searchLines);
        List<Integer> loose = occurrences(stripped(file.lines(), fileAt), stripped(searchLines, searchAt));
        if (loose.size() == 1) {
            int first = fileAt.get(loose.getFirst());
            int last = fileAt.get(loose.getFirst() + searchAt.size() - 1);
            List<String> lines = withoutBlankEdges(replaceLines, searchAt.getFirst(),
                    searchLines.size() - 1 - searchAt.getLast());
            lines = reindent(lines, searchLines, searchAt.getFirst(), file.lines(), first);
            return new Applied(file.splice(first, last + 1, lines), MatchKind.WHITESPACE);
        }
        if (loose.size() > 1) {
            return ambiguous(path, loose.size(), searchLines);
        }

        List<Integer> replaceAt = nonBlank(replaceLines);
        if (searchAt.size() == 1 && replaceAt.size() <= 1) {
            String needle = searchLines.get(searchAt.getFirst()).strip();
            List<Integer> found = new ArrayList<>();
            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                found.add(i);
            }
            if (found.size() == 1) {
                String with = replaceAt.isEmpty() ? "" : replaceLines.get(replaceAt.getFirst()).strip();
                int at = found.getFirst();
                return new Applied(text.substring(0, at) + with + text.substring(at + needle.length()),
                        MatchKind.WITHIN_LINE);
            }
            if (found.size() > 1) {
                return ambiguous(path, found.size(), searchLines);
            }
        }
        return new Failed(Reason.NOT_FOUND, "SEARCH text not found in " + path + ": " + quote(searchLines));
    }

    private static Failed ambiguous(String path, int count, List<String> search) {
        return new Failed(Reason.AMBIGUOUS, "SEARCH text matches " + count + " places in " + path
                + "; include more surrounding lines to make it unique: " + quote(search));
    }

    /** The first non-blank SEARCH line, shortened, with "…" when there is more. */
    private static String quote(List<String> search) {
        List<Integer> at = nonBlank(search);
        String first = search.get(at.getFirst()).strip();
        boolean more = at.size() > 1;
        if (first.length() > MAX_QUOTE) {
            first = first.substring(0, MAX_QUOTE);
            more = true;
        }
        return more ? first + "…" : first;
    }

    // ---- the file being changed ----

    private static final class Work {

        final String path;

        final @Nullable String original;

        @Nullable String content;

        boolean rewritten;

        int blocks;

        final List<MatchKind> matches = new ArrayList<>();

        final List<EditFailure> failures = new ArrayList<>();

        Work(String path, @Nullable String original) {
            this.path = path;
            this.original = original;
            this.content = original;
        }

        boolean ok() {
            return failures.isEmpty();
        }

        void write(String text) {
            var problem = new SourceFile(path, text).problem();
            if (problem.isPresent()) {
                failures.add(new EditFailure(path, 0, Reason.INVALID_PATH, problem.get(), null));
                return;
            }
            // A whole file supersedes whatever was tried on it before.
            failures.clear();
            matches.clear();
            content = text;
            rewritten = original != null;
        }

        void edit(SearchReplace block) {
            int number = ++blocks;
            if (content == null) {
                if (!block.searchIsEmpty()) {
                    failures.add(new EditFailure(path, number, Reason.NO_SUCH_FILE,
                            "cannot edit " + path
                                    + ": there is no such file (a new file needs an empty SEARCH or a <file> block)",
                            block));
                    return;
                }
                String created = lf(block.replace());
                var problem = new SourceFile(path, created).problem();
                if (problem.isPresent()) {
                    failures.add(new EditFailure(path, number, Reason.INVALID_PATH, problem.get(), block));
                    return;
                }
                content = created;
                matches.add(MatchKind.NEW_FILE);
                return;
            }
            switch (applyBlock(path, content, block)) {
                case Applied applied -> {
                    content = applied.content();
                    matches.add(applied.kind());
                }
                case Failed failed ->
                    failures.add(new EditFailure(path, number, failed.reason(), failed.message(), block));
            }
        }

        FileOutcome outcome() {
            boolean applied = ok();
            return new FileOutcome(path, applied, original == null && applied, rewritten, matches, failures,
                    applied ? null : content);
        }

    }

    /**
     * The existing file an edit means: the path as written, else without a leading "/",
     * "./" or "src/" (models sometimes add them); a path that matches nothing is a new
     * file.
     */
    private static String resolve(String path, Map<String, String> originals, Map<String, Work> touched) {
        String candidate = path;
        for (int i = 0; i < 3; i++) {
            if (originals.containsKey(candidate) || touched.containsKey(candidate)) {
                return candidate;
            }
            candidate = candidate.replaceFirst("^(/+|\\./|src/)", "");
        }
        return path;
    }

    // ---- lines ----

    /**
     * Text as lines without their '\n'; {@code trailingNewline} says whether the last one
     * had one.
     */
    private record Lines(List<String> lines, boolean trailingNewline) {

        static Lines of(String text) {
            if (text.isEmpty()) {
                return new Lines(List.of(), false);
            }
            boolean trailing = text.endsWith("\n");
            String body = trailing ? text.substring(0, text.length() - 1) : text;
            return new Lines(List.of(body.split("\n", -1)), trailing);
        }

        String splice(int from, int to, List<String> replacement) {
            List<String> result = new ArrayList<>(lines.subList(0, from));
            result.addAll(replacement);
            result.addAll(lines.subList(to, lines.size()));
            if (result.isEmpty()) {
                return "";
            }
            return String.join("\n", result) + (trailingNewline ? "\n" : "");
        }
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<Integer> occurrences(List<String> haystack, List<String> needle) {
        List<Integer> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Integer> nonBlank(List<String> lines) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                at.add(i);
            }
        }
        return at;
    }

    private static List<String> stripped(List<String> lines, List<Integer> at) {
        return at.stream().map(i -> lines.get(i).strip()).toList();
    }

    /**
     * Drops as many leading/trailing blank REPLACE lines as the SEARCH had, since those
     * were not matched.
     */
    private static List<String> withoutBlankEdges(List<String> lines, int leading, int trailing) {
        int from = 0;
        int to = lines.size();
        while (from < to && from < leading && lines.get(from).isBlank()) {
            from++;
        }
        int dropped = 0;
        while (to > from && dropped < trailing && lines.get(to - 1).isBlank()) {
            to--;
            dropped++;
        }
        return lines.subList(from, to);
    }

    // ---- indentation ----

    private enum Style {

        NONE, SPACES, TABS

    }

    /**
     * Shifts the REPLACE lines by the difference between the file's indentation and the
     * SEARCH's at the first matched line, first converting the model's tabs or spaces to
     * the file's style.
     */
    private static List<String> reindent(List<String> replace, List<String> search, int searchFirst, List<String> file,
            int fileFirst) {
        String fileIndent = indent(file.get(fileFirst));
        String searchIndent = indent(search.get(searchFirst));
        List<String> model = new ArrayList<>(search);
        model.addAll(replace);
        Style fileStyle = style(file);
        Style modelStyle = style(model);
        UnaryOperator<String> convert = UnaryOperator.identity();
        if (fileStyle == Style.TABS && modelStyle == Style.SPACES) {
            int unit = ratio(searchIndent, fileIndent, spaceUnit(model, 4));
            convert = indent -> toTabs(indent, unit);
        }
        else if (fileStyle == Style.SPACES && modelStyle == Style.TABS) {
            int unit = ratio(fileIndent, searchIndent, spaceUnit(file, 2));
            convert = indent -> indent.replace("\t", " ".repeat(unit));
        }
        int delta = fileIndent.length() - convert.apply(searchIndent).length();
        List<String> result = new ArrayList<>();
        for (String line : replace) {
            if (line.isBlank()) {
                result.add("");
                continue;
            }
            String own = indent(line);
            String shifted = convert.apply(own);
            if (delta > 0) {
                shifted = fileIndent.substring(0, delta) + shifted;
            }
            else if (delta < 0) {
                shifted = shifted.substring(Math.min(shifted.length(), -delta));
            }
            result.add(shifted + line.substring(own.length()));
        }
        return result;
    }

    private static String indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    private static Style style(List<String> lines) {
        int tabs = 0;
        int spaces = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("\t")) {
                tabs++;
            }
            else if (line.startsWith(" ")) {
                spaces++;
            }
        }
        if (tabs == 0 && spaces == 0) {
            return Style.NONE;
        }
        return tabs > spaces ? Style.TABS : Style.SPACES;
    }

    /**
     * Spaces per tab as seen at the first matched line, when one side is all spaces and
     * the other all tabs.
     */
    private static int ratio(String spaces, String tabs, int fallback) {
        boolean pureSpaces = !spaces.isEmpty() && spaces.chars().allMatch(c -> c == ' ');
        boolean pureTabs = !tabs.isEmpty() && tabs.chars().allMatch(c -> c == '\t');
        if (pureSpaces && pureTabs && spaces.length() % tabs.length() == 0) {
            return spaces.length() / tabs.length();
        }
        return fallback;
    }

    /**
     * The indentation step of space-indented lines: 4 or 2 when their indents say so,
     * else {@code fallback}.
     */
    private static int spaceUnit(List<String> lines, int fallback) {
        int gcd = 0;
        for (String line : lines) {
            String indent = indent(line);
            if (!line.isBlank() && !indent.isEmpty() && indent.chars().allMatch(c -> c == ' ')) {
                gcd = gcd(gcd, indent.length());
            }
        }
        if (gcd > 0 && gcd % 4 == 0) {
            return 4;
        }
        return gcd > 0 && gcd % 2 == 0 ? 2 : fallback;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static String toTabs(String indent, int unit) {
        int width = 0;
        for (char c : indent.toCharArray()) {
            width += c == '\t' ? unit : 1;
        }
        return "\t".repeat(width / unit) + " ".repeat(width % unit);
    }

}
