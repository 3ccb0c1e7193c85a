package dev.faibric.generation.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Re-indents replacement lines to the file they go into: by the indentation difference at
 * the first matched line, converting the model's tabs or spaces to the file's style.
 */
final class Indentation {

    private Indentation() {
    }

    private enum Style {

        NONE, SPACES, TABS

    }

    /**
     * Shifts the REPLACE lines by the difference between the file's indentation and the
     * SEARCH's at the first matched line, first converting the model's tabs or spaces to
     * the file's style.
     */
    static List<String> reindent(List<String> replace, List<String> search, int searchFirst, List<String> file,
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
