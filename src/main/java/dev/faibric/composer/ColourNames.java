package dev.faibric.composer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The colours people write: the 148 CSS named colours (with their exact CSS values, grey
 * and gray alike, written together, apart or hyphenated: "ghostwhite", "ghost white"), a
 * few dozen common names that are not CSS ("charcoal", "navy blue", "cream"), each mapped
 * to a sensible value and said to be so, and hex ({@code #abc}, {@code #aabbcc}) and
 * {@code rgb(r, g, b)} values. The table is {@code composer/colour-names.tsv}.
 */
public final class ColourNames {

    /**
     * A colour as asked for.
     *
     * @param hex its value, {@code #rrggbb} in lower case
     * @param label how it was asked for: the name ("ghost white"), or the hex or rgb
     * value
     * @param note what was made of a name that is not a CSS colour, for the chat; null
     * for CSS names, hex and rgb
     */
    public record Colour(String hex, String label, @Nullable String note) {

        /** "#e6e6fa (lavender)", or only the hex for a hex value. */
        public String describe() {
            return label.equals(hex) ? hex : hex + " (" + label + ")";
        }

    }

    /** A colour found in a text, at [start, end). */
    public record Mention(int start, int end, Colour colour) {
    }

    private record Entry(String name, String hex, boolean css) {
    }

    private static final Map<String, Entry> BY_KEY = load();

    private static final Map<String, String> CSS_BY_HEX = BY_KEY.values()
        .stream()
        .filter(Entry::css)
        .collect(Collectors.toMap(Entry::hex, e -> e.name().replace(" ", ""), (a, b) -> a));

    private static final String HEX = "(?<![\\w#&])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\\w])";

    private static final String RGB = "\\brgba?\\(\\s*(\\d{1,3})\\s*[, ]\\s*(\\d{1,3})\\s*[, ]\\s*(\\d{1,3})\\s*"
            + "(?:[,/]\\s*[\\d.]+%?\\s*)?\\)";

    private static final Pattern MENTION = Pattern.compile("(?i)" + HEX + "|" + RGB + "|\\b(?:"
            + BY_KEY.values()
                .stream()
                .map(Entry::name)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> String.join("[\\s-]?", name.split(" ")))
                .collect(Collectors.joining("|"))
            + ")\\b");

    private ColourNames() {
    }

    /** The CSS named colours, name (no spaces) → hex. */
    public static Map<String, String> css() {
        Map<String, String> css = new LinkedHashMap<>();
        BY_KEY.forEach((key, entry) -> {
            if (entry.css()) {
                css.put(key, entry.hex());
            }
        });
        return css;
    }

    /**
     * The colour a whole phrase names ("Ghost White", "#abc", "rgb(0, 0, 128)"), if any.
     */
    public static Optional<Colour> of(String phrase) {
        List<Mention> found = find(phrase.strip());
        return found.size() == 1 && found.getFirst().start() == 0 && found.getFirst().end() == phrase.strip().length()
                ? Optional.of(found.getFirst().colour()) : Optional.empty();
    }

    /** Every colour written in a text, in order. */
    public static List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            Colour colour = colour(m);
            if (colour != null) {
                mentions.add(new Mention(m.start(), m.end(), colour));
            }
        }
        return mentions;
    }

    private static @Nullable Colour colour(Matcher m) {
        String written = m.group();
        if (written.startsWith("#")) {
            String hex = written.toLowerCase(Locale.ROOT);
            if (hex.length() == 4) {
                hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3)
                        + hex.charAt(3);
            }
            return new Colour(hex, hex, null);
        }
        if (m.group(1) != null) {
            int r = Integer.parseInt(m.group(1));
            int g = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(3));
            if (r > 255 || g > 255 || b > 255) {
                return null;
            }
            String hex = String.format("#%02x%02x%02x", r, g, b);
            return new Colour(hex, "rgb(" + r + ", " + g + ", " + b + ")", null);
        }
        String label = written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        Entry entry = BY_KEY.get(label.replace(" ", ""));
        if (entry == null) {
            return null;
        }
        if (entry.css()) {
            return new Colour(entry.hex(), label, null);
        }
        String same = CSS_BY_HEX.get(entry.hex());
        String used = same == null ? entry.hex() : same + " (" + entry.hex() + ")";
        return new Colour(entry.hex(), label, "\u201c" + label + "\u201d is not a CSS colour name; used " + used);
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> table = new LinkedHashMap<>();
        try (InputStream in = ColourNames.class.getResourceAsStream("/composer/colour-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("composer/colour-names.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                table.put(cells[0].replace(" ", ""), new Entry(cells[0], cells[1], cells[2].equals("css")));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

}
