package dev.faibric.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.benchmark.SeedMetricsTable.Cell;
import dev.faibric.benchmark.SeedMetricsTable.Kind;
import dev.faibric.benchmark.SeedMetricsTable.Metric;
import dev.faibric.benchmark.SeedMetricsTable.Profile;
import dev.faibric.benchmark.SeedMetricsTable.Row;
import dev.faibric.support.Api;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The seed metrics table the benchmark prints and writes: percentiles, the target
 * verdicts, and the Markdown, CSV, JSON and SVG made of the same figures.
 */
class SeedMetricsTableTests {

    static final List<Profile> PROFILES = List.of(new Profile("P1", 400, 60), new Profile("P3", 1500, 500));

    static final Metric PREVIEW = new Metric("Time to first preview", "30-60s", "<5s", Kind.TIME, 5_000);

    static final Metric CALLS = new Metric("AI API calls per project", "5-7", "1-2", Kind.COUNT, 2);

    static final Metric REUSE = new Metric("Code reuse rate", "0%", ">40%", Kind.RATE, 40);

    static final Metric RATING = new Metric("User satisfaction, proxy", "Unknown", ">4.5/5", Kind.RATING, 4.5);

    static SeedMetricsTable table() {
        double[] previews = new double[100];
        for (int i = 0; i < 100; i++) {
            previews[i] = 1_000 + 50 * i; // 1.00 s .. 5.95 s: p50 3.45 s, p95 5.70 s
        }
        return new SeedMetricsTable(PROFILES, List.of(
                new Row(PREVIEW, List.of(Cell.percentiles(previews), Cell.percentiles(new double[] { 900 }))),
                new Row(CALLS, List.of(Cell.percentiles(new double[] { 1, 1, 2 }), Cell.NONE)),
                new Row(REUSE, List.of(Cell.rate(27, 54), Cell.rate(10, 54))),
                new Row(RATING, List.of(Cell.mean(new double[] { 5, 5, 5, 3 }), Cell.mean(new double[] { 5 })))));
    }

    @Test
    void figuresAndVerdicts() {
        Cell previews = table().rows().getFirst().cells().getFirst();
        assertThat(previews.p50()).isEqualTo(3_450);
        assertThat(previews.p95()).isEqualTo(5_700);
        assertThat(previews.n()).isEqualTo(100);
        assertThat(SeedMetricsTable.meets(PREVIEW, previews)).isEqualTo("p50 only");
        assertThat(SeedMetricsTable.meets(PREVIEW, Cell.percentiles(new double[] { 4_999 }))).isEqualTo("yes");
        assertThat(SeedMetricsTable.meets(PREVIEW, Cell.percentiles(new double[] { 5_000 }))).isEqualTo("no");
        assertThat(SeedMetricsTable.meets(CALLS, Cell.percentiles(new double[] { 1, 2 }))).isEqualTo("yes");
        assertThat(SeedMetricsTable.meets(REUSE, Cell.rate(27, 54))).isEqualTo("yes");
        assertThat(SeedMetricsTable.meets(REUSE, Cell.rate(20, 54))).isEqualTo("no");
        assertThat(SeedMetricsTable.meets(RATING, Cell.mean(new double[] { 5, 4 }))).isEqualTo("no");
        assertThat(SeedMetricsTable.meets(RATING, Cell.NONE)).isEqualTo("n/a");
    }

    @Test
    void markdownHasTheSeedColumnsAndOneVerdictOrOnePerProfile() {
        String markdown = table().markdown();
        List<String> lines = markdown.lines().toList();

        assertThat(lines).hasSize(2 + 4);
        assertThat(lines.getFirst()).contains("Metric", "Seed current", "Seed target", "P1 (0.4 s, 60 tok/s) p50",
                "P3 (1.5 s, 500 tok/s) p95", "Meets target?");
        assertThat(lines.get(1)).matches("\\|(-+\\|)+");
        assertThat(lines.get(2)).contains("30-60s", "<5s", "3.45 s", "5.70 s", "0.90 s", "p50 only / yes");
        assertThat(lines.get(3)).contains("| 1 ", "| 2 ", "n/a", "yes / n/a");
        assertThat(lines.get(4)).contains("50 % (27/54)", "19 % (10/54)", "yes / no");
        assertThat(lines.get(5)).contains("4.50/5 (n=4)", "5.00/5 (n=1)", "no / yes");
        assertThat(lines.stream().map(String::length).distinct()).hasSize(1);
    }

    @Test
    void csvJsonAndSvgCarryTheSameFigures(@TempDir Path dir) throws Exception {
        table().write(dir, Map.of("Machine", "2 cores"));

        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.getFirst()).startsWith("Metric,Seed current,Seed target,\"P1 (0.4 s, 60 tok/s) p50\",");
        assertThat(csv.get(1)).startsWith("Time to first preview,30-60s,<5s,3.45 s,5.70 s,0.90 s,0.90 s,");

        JsonNode json = Api.JSON.readTree(Files.readString(dir.resolve("metrics.json")));
        assertThat(json.path("Machine").asString()).isEqualTo("2 cores");
        assertThat(json.path("profiles").get(1).path("tokensPerSecond").asInt()).isEqualTo(500);
        JsonNode preview = json.path("metrics").get(0);
        assertThat(preview.path("target").asDouble()).isEqualTo(5_000);
        assertThat(preview.path("profiles").get(0).path("p95").asDouble()).isEqualTo(5_700);
        assertThat(preview.path("profiles").get(0).path("meetsTarget").asString()).isEqualTo("p50 only");
        assertThat(json.path("metrics").get(1).path("profiles").get(1).path("p50").isNull()).isTrue();
        assertThat(json.path("metrics").get(2).path("profiles").get(0).path("p50").asDouble()).isEqualTo(50);

        String svg = Files.readString(dir.resolve("metrics.svg"));
        Document chart = DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
        // One time metric: a background, two bars per profile and two legend swatches.
        assertThat(chart.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2 * 2 + 2);
        // The target line of the panel and the legend's.
        assertThat(svg.split("stroke-dasharray", -1)).hasSize(3);
        assertThat(svg).contains("Time to first preview (seed: 30-60s, target &lt;5s)", "5.70", "3.45", "0.90");
    }

}
