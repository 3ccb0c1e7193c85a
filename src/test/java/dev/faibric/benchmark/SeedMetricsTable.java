package dev.faibric.benchmark;

import dev.faibric.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seed's success metrics table (docs: "Success Metrics"): each metric's seed current
 * and target values beside the measured p50 and p95 per model profile, and whether the
 * target is met; as a Markdown table, CSV, JSON and an SVG chart.
 */
final class SeedMetricsTable {

    /**
     * How a metric is summarised and compared with its target: times and counts by p50
     * and p95 (lower is better), a rate in percent and a mean rating (higher is better).
     */
    enum Kind {

        TIME, COUNT, RATE, RATING

    }

    /** A metric: {@code target} in ms for times, percent for rates. */
    record Metric(String name, String seedCurrent, String seedTarget, Kind kind, double target) {
    }

    record Profile(String name, long firstTokenMillis, int tokensPerSecond) {

        String label() {
            return name + " (" + String.format(Locale.ROOT, "%.1f", firstTokenMillis / 1000.0) + " s, "
                    + tokensPerSecond + " tok/s)";
        }

    }

    /**
     * One profile's figure for a metric: p50 and p95, or a rate or mean (in {@code p50},
     * {@code p95} NaN); {@code n} samples, {@code of} the total a rate counts from.
     */
    record Cell(double p50, double p95, int n, int of) {

        static final Cell NONE = new Cell(Double.NaN, Double.NaN, 0, 0);

        static Cell percentiles(double[] values) {
            if (values.length == 0) {
                return NONE;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return new Cell(rank(sorted, 50), rank(sorted, 95), sorted.length, sorted.length);
        }

        static Cell rate(int hits, int of) {
            return of == 0 ? NONE : new Cell(100.0 * hits / of, Double.NaN, hits, of);
        }

        static Cell mean(double[] values) {
            return values.length == 0 ? NONE
                    : new Cell(Arrays.stream(values).average().orElseThrow(), Double.NaN, values.length, values.length);
        }

        /** Nearest rank. */
        private static double rank(double[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        boolean empty() {
            return n == 0 && of == 0;
        }

    }

    record Row(Metric metric, List<Cell> cells) {
    }

    private final List<Profile> profiles;

    private final List<Row> rows;

    SeedMetricsTable(List<Profile> profiles, List<Row> rows) {
        this.profiles = List.copyOf(profiles);
        this.rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != profiles.size()) {
                throw new IllegalArgumentException(row.metric().name() + ": one cell per profile");
            }
        }
    }

    List<Profile> profiles() {
        return profiles;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * "yes", "p50 only", "no" or "n/a" for one profile; rates and means by their value.
     */
    static String meets(Metric metric, Cell cell) {
        if (cell.empty()) {
            return "n/a";
        }
        return switch (metric.kind()) {
            case TIME -> cell.p95() < metric.target() ? "yes" : cell.p50() < metric.target() ? "p50 only" : "no";
            case COUNT -> cell.p95() <= metric.target() ? "yes" : cell.p50() <= metric.target() ? "p50 only" : "no";
            case RATE, RATING -> cell.p50() > metric.target() ? "yes" : "no";
        };
    }

    /** Over the profiles: one word when they agree, else one per profile. */
    String meets(Row row) {
        List<String> each = row.cells().stream().map(c -> meets(row.metric(), c)).toList();
        return each.stream().distinct().count() == 1 ? each.getFirst() : String.join(" / ", each);
    }

    static String p50(Metric metric, Cell cell) {
        if (cell.empty()) {
            return "n/a";
        }
        return switch (metric.kind()) {
            case TIME -> seconds(cell.p50());
            case COUNT -> number(cell.p50());
            case RATE -> String.format(Locale.ROOT, "%.0f %% (%d/%d)", cell.p50(), cell.n(), cell.of());
            case RATING -> String.format(Locale.ROOT, "%.2f/5 (n=%d)", cell.p50(), cell.n());
        };
    }

    static String p95(Metric metric, Cell cell) {
        if (cell.empty()) {
            return "n/a";
        }
        return switch (metric.kind()) {
            case TIME -> seconds(cell.p95());
            case COUNT -> number(cell.p95());
            case RATE, RATING -> "–";
        };
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, millis < 10_000 ? "%.2f s" : "%.1f s", millis / 1000);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("Metric", "Seed current", "Seed target"));
        for (Profile profile : profiles) {
            header.add(profile.label() + " p50");
            header.add(profile.label() + " p95");
        }
        header.add("Meets target?");
        return header;
    }

    List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(
                    List.of(row.metric().name(), row.metric().seedCurrent(), row.metric().seedTarget()));
            for (Cell cell : row.cells()) {
                line.add(p50(row.metric(), cell));
                line.add(p95(row.metric(), cell));
            }
            line.add(meets(row));
            lines.add(line);
        }
        return lines;
    }

    /** A Markdown table with aligned columns. */
    String markdown() {
        List<List<String>> all = new ArrayList<>();
        all.add(header());
        all.addAll(lines());
        int[] widths = new int[header().size()];
        for (List<String> line : all) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < all.size(); l++) {
            List<String> line = all.get(l);
            out.append('|');
            for (int i = 0; i < line.size(); i++) {
                out.append(' ').append(pad(line.get(i), widths[i])).append(" |");
            }
            out.append('\n');
            if (l == 0) {
                out.append('|');
                for (int width : widths) {
                    out.append("-".repeat(width + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        out.append(header().stream().map(SeedMetricsTable::csvField).collect(Collectors.joining(","))).append('\n');
        for (List<String> line : lines()) {
            out.append(line.stream().map(SeedMetricsTable::csvField).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * The figures as numbers: per metric its seed values, target and per profile p50, p95
     * (ms for times, percent for rates), samples and whether the target is met.
     */
    String json(Map<String, Object> about) {
        Map<String, Object> root = new LinkedHashMap<>(about);
        root.put("profiles",
                profiles.stream()
                    .map(p -> Map.of("name", p.name(), "firstTokenMillis", p.firstTokenMillis(), "tokensPerSecond",
                            p.tokensPerSecond()))
                    .toList());
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("metric", row.metric().name());
            metric.put("kind", row.metric().kind().name().toLowerCase(Locale.ROOT));
            metric.put("seedCurrent", row.metric().seedCurrent());
            metric.put("seedTarget", row.metric().seedTarget());
            metric.put("target", row.metric().target());
            List<Map<String, Object>> figures = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                Cell cell = row.cells().get(i);
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("profile", profiles.get(i).name());
                figure.put("p50", Double.isNaN(cell.p50()) ? null : cell.p50());
                figure.put("p95", Double.isNaN(cell.p95()) ? null : cell.p95());
                figure.put("n", cell.n());
                figure.put("of", cell.of());
                figure.put("meetsTarget", meets(row.metric(), cell));
                figures.add(figure);
            }
            metric.put("profiles", figures);
            metrics.add(metric);
        }
        root.put("metrics", metrics);
        return Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes metrics.csv, metrics.json and metrics.svg into {@code dir}. */
    void write(Path dir, Map<String, Object> about) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("metrics.csv"), csv());
            Files.writeString(dir.resolve("metrics.json"), json(about));
            Files.writeString(dir.resolve("metrics.svg"), new SeedMetricsChart(this).svg());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
