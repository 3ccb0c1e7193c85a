package dev.faibric.generation.edit;

import java.util.ArrayList;
import java.util.List;

/** Text as lines, the way blocks are matched: LF line ends, blank lines and edges. */
final class TextLines {

    private TextLines() {
    }

    /**
     * Text as lines without their '\n'; {@code trailingNewline} says whether the last one
     * had one.
     */
    record Lines(List<String> lines, boolean trailingNewline) {

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

    static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static List<Integer> occurrences(List<String> haystack, List<String> needle) {
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

    static List<Integer> nonBlank(List<String> lines) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                at.add(i);
            }
        }
        return at;
    }

    static List<String> stripped(List<String> lines, List<Integer> at) {
        return at.stream().map(i -> lines.get(i).strip()).toList();
    }

    /**
     * Drops as many leading/trailing blank REPLACE lines as the SEARCH had, since those
     * were not matched.
     */
    static List<String> withoutBlankEdges(List<String> lines, int leading, int trailing) {
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

}
