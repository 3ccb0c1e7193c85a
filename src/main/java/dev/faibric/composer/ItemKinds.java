package dev.faibric.composer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * What a composed app lists ("poems", "listings", "patients"), read from the nouns of the
 * request, with sample items that fit it: the table in
 * {@code offline/composed/kinds.tsv}. The noun the request names first wins; a request
 * that names none lists "entries".
 */
final class ItemKinds {

    /**
     * One sample item: title, summary, category and (for things with a price) its price.
     */
    record Sample(String title, String summary, String category, Double price) {
    }

    /** A kind of item, with the categories and samples a new app starts with. */
    record Kind(String singular, String plural, List<String> categories, boolean priced, List<Sample> samples) {
    }

    private record Row(Pattern words, Kind kind) {
    }

    private static final List<Row> ROWS = read();

    private static final Kind ENTRIES = new Kind("entry", "entries", List.of("General", "Featured", "New", "Archive"),
            false,
            List.of(new Sample("Getting started", "What this is for and how to use it.", "General", null),
                    new Sample("This week's highlight", "The one worth a look first.", "Featured", null),
                    new Sample("Just added", "The newest entry; add yours with the form.", "New", null),
                    new Sample("From the archive", "An older entry kept for reference.", "Archive", null)));

    private ItemKinds() {
    }

    /** The kind of item the request is about. */
    static Kind of(String request) {
        String text = RequestText.withoutColours(request).toLowerCase(Locale.ROOT);
        Kind best = ENTRIES;
        int first = Integer.MAX_VALUE;
        for (Row row : ROWS) {
            Matcher m = row.words().matcher(text);
            if (m.find() && m.start() < first) {
                first = m.start();
                best = row.kind();
            }
        }
        return best;
    }

    private static List<Row> read() {
        String table;
        try {
            table = new ClassPathResource("offline/composed/kinds.tsv").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            List<Sample> samples = new ArrayList<>();
            for (String sample : cells[5].split(" ;; ")) {
                String[] parts = sample.strip().split("\\|");
                samples
                    .add(new Sample(parts[0], parts[1], parts[2], parts.length > 3 ? Double.valueOf(parts[3]) : null));
            }
            rows.add(new Row(Pattern.compile("\\b(?:" + cells[0] + ")\\b"), new Kind(cells[1], cells[2],
                    List.of(cells[3].split(",")), "yes".equals(cells[4]), List.copyOf(samples))));
        }
        return List.copyOf(rows);
    }

}
