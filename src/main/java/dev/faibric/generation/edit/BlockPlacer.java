package dev.faibric.generation.edit;

import dev.faibric.answer.SearchReplace;
import dev.faibric.generation.edit.EditOutcome.MatchKind;
import dev.faibric.generation.edit.EditOutcome.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Places one SEARCH/REPLACE block in a file's content by staged matching: exact, then
 * whitespace-tolerant (re-indenting the replacement), then within a line; the first stage
 * that finds anything decides, and one that finds more than one place reports the block
 * ambiguous.
 */
final class BlockPlacer {

    private static final int MAX_QUOTE = 80;

    private BlockPlacer() {
    }

    /** The result of placing one block in one file's content. */
    sealed interface BlockResult {

    }

    record Applied(String content, MatchKind kind) implements BlockResult {
    }

    record Failed(Reason reason, String message) implements BlockResult {
    }

    /** Places one block in {@code content} (which must exist); CRLF files stay CRLF. */
    static BlockResult place(String path, String content, SearchReplace block) {
        boolean crlf = content.contains("\r\n");
        String text = TextLines.lf(content);
        BlockResult result = applyLf(path, text, TextLines.lf(block.search()), TextLines.lf(block.replace()));
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
        TextLines.Lines file = TextLines.Lines.of(text);
        List<String> searchLines = TextLines.Lines.of(search).lines();
        List<String> replaceLines = TextLines.Lines.of(replace).lines();

        List<Integer> exact = TextLines.occurrences(file.lines(), searchLines);
        if (exact.size() == 1) {
            int at = exact.getFirst();
            return new Applied(file.splice(at, at + searchLines.size(), replaceLines), MatchKind.EXACT);
        }
        if (exact.size() > 1) {
            return ambiguous(path, exact.size(), searchLines);
        }

        List<Integer> fileAt = TextLines.nonBlank(file.lines());
        List<Integer> searchAt = TextLines.nonBlank(searchLines);
        List<Integer> loose = TextLines.occurrences(TextLines.stripped(file.lines(), fileAt),
                TextLines.stripped(searchLines, searchAt));
        if (loose.size() == 1) {
            int first = fileAt.get(loose.getFirst());
            int last = fileAt.get(loose.getFirst() + searchAt.size() - 1);
            List<String> lines = TextLines.withoutBlankEdges(replaceLines, searchAt.getFirst(),
                    searchLines.size() - 1 - searchAt.getLast());
            lines = Indentation.reindent(lines, searchLines, searchAt.getFirst(), file.lines(), first);
            return new Applied(file.splice(first, last + 1, lines), MatchKind.WHITESPACE);
        }
        if (loose.size() > 1) {
            return ambiguous(path, loose.size(), searchLines);
        }

        List<Integer> replaceAt = TextLines.nonBlank(replaceLines);
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
        List<Integer> at = TextLines.nonBlank(search);
        String first = search.get(at.getFirst()).strip();
        boolean more = at.size() > 1;
        if (first.length() > MAX_QUOTE) {
            first = first.substring(0, MAX_QUOTE);
            more = true;
        }
        return more ? first + "…" : first;
    }

}
