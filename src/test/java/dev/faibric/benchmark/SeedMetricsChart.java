package dev.faibric.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The time metrics of a {@link SeedMetricsTable} as an SVG bar chart: a panel per metric,
 * p50 and p95 bars per profile, the seed's target as a dashed line.
 */
final class SeedMetricsChart {

    static final int WIDTH = 760;

    static final int PANEL = 190;

    private static final int LEFT = 60;

    private static final int TOP = 40;

    private static final String[] COLOURS = { "#93c5fd", "#1d4ed8" };

    private final SeedMetricsTable table;

    SeedMetricsChart(SeedMetricsTable table) {
        this.table = table;
    }

    String svg() {
        List<SeedMetricsTable.Row> times = table.rows()
            .stream()
            .filter(r -> r.metric().kind() == SeedMetricsTable.Kind.TIME)
            .toList();
        int height = TOP + times.size() * PANEL + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(
                String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                                + "font-family=\"system-ui, sans-serif\" font-size=\"12\">%n",
                        WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append("<text x=\"")
            .append(LEFT)
            .append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
            .append("Seed success metrics: p50 and p95 per model profile, in seconds")
            .append("</text>\n");
        for (int i = 0; i < times.size(); i++) {
            panel(svg, times.get(i), TOP + i * PANEL);
        }
        int legendY = height - 12;
        for (int c = 0; c < COLOURS.length; c++) {
            int x = LEFT + c * 90;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x, legendY - 10, COLOURS[c], x + 16, legendY, c == 0 ? "p50" : "p95"));
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dc2626\" stroke-width=\"2\" "
                        + "stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%d\">seed target</text>%n",
                LEFT + 180, legendY - 4, LEFT + 210, legendY - 4, LEFT + 216, legendY));
        return svg.append("</svg>\n").toString();
    }

    private void panel(StringBuilder svg, SeedMetricsTable.Row row, int y) {
        List<SeedMetricsTable.Profile> profiles = table.profiles();
        double target = row.metric().target() / 1000;
        double max = target;
        for (SeedMetricsTable.Cell cell : row.cells()) {
            max = Math.max(max, cell.empty() ? 0 : cell.p95() / 1000);
        }
        max *= 1.15;
        int plotTop = y + 22;
        int plotHeight = PANEL - 60;
        int plotBottom = plotTop + plotHeight;
        int plotWidth = WIDTH - LEFT - 20;
        String seed = row.metric().seedCurrent().isBlank() ? "" : "seed: " + row.metric().seedCurrent() + ", ";
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s (%starget %s)</text>%n",
                LEFT, y + 14, escape(row.metric().name().strip()), escape(seed), escape(row.metric().seedTarget())));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#64748b\"/>%n",
                LEFT, plotBottom, LEFT + plotWidth, plotBottom));
        for (int tick = 0; tick <= 2; tick++) {
            double value = max * tick / 2;
            int ty = plotBottom - (int) Math.round(plotHeight * tick / 2.0);
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#64748b\">%.1f s</text>%n", LEFT - 6, ty + 4,
                    value));
        }
        int group = plotWidth / Math.max(1, profiles.size());
        int bar = Math.min(60, group / 3);
        for (int p = 0; p < profiles.size(); p++) {
            SeedMetricsTable.Cell cell = row.cells().get(p);
            int gx = LEFT + p * group + (group - 2 * bar) / 2;
            double[] values = { cell.p50() / 1000, cell.p95() / 1000 };
            for (int v = 0; v < 2; v++) {
                if (cell.empty()) {
                    continue;
                }
                int h = (int) Math.round(plotHeight * values[v] / max);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                                + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.2f</text>%n",
                        gx + v * bar, plotBottom - h, bar - 4, h, COLOURS[v], gx + v * bar + (bar - 4) / 2,
                        plotBottom - h - 4, values[v]));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    gx + bar, plotBottom + 16, escape(profiles.get(p).label())));
        }
        int targetY = plotBottom - (int) Math.round(plotHeight * target / max);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dc2626\" stroke-width=\"2\" "
                        + "stroke-dasharray=\"6 4\"/>%n",
                LEFT, targetY, LEFT + plotWidth, targetY));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
