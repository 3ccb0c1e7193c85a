package dev.faibric.answer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** What both parsers read the same way: a tag's attributes, a file's path and body. */
final class Tags {

    /**
     * A tag (or a marker line outside a block) is at most this long: text that runs
     * longer without a '>' is not one, and a parser need not keep it. Room for an app tag
     * with the offline composer's note (what it built and what a model would add).
     */
    static final int MAX_TAG = 2000;

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private static final Pattern FENCE = Pattern.compile("^\\s*```[\\w.+-]*[^\\n]*\\n(.*?)\\n?\\s*```\\s*$",
            Pattern.DOTALL);

    private Tags() {
    }

    /** {@code path="a" type='b'} as a map; names in lower case, entities decoded. */
    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), HtmlUtils.htmlUnescape(value));
        }
        return attributes;
    }

    /**
     * The path a {@code <file>} or {@code <edit>} names, whatever attribute the model put
     * it in.
     */
    static String path(Map<String, String> attributes) {
        String path = attributes.getOrDefault("path", attributes.getOrDefault("file",
                attributes.getOrDefault("name", attributes.getOrDefault("filename", ""))));
        return path.strip().replaceFirst("^\\./", "");
    }

    /**
     * A file's body without the code fence a model may have put around it, ending with
     * one newline.
     */
    static String body(String raw) {
        String text = raw.replace("\r\n", "\n");
        Matcher fence = FENCE.matcher(text);
        if (fence.matches()) {
            text = fence.group(1);
        }
        text = text.replaceFirst("^\\n", "").stripTrailing();
        return text.isEmpty() ? "" : text + "\n";
    }

    /** The earlier of two positions, where -1 means not found. */
    static int earliest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

}
