package dev.faibric.library;

import dev.faibric.embedding.TextEmbeddings;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Library search latency at 1k, 10k and 50k entries: the in-memory index over unit
 * vectors of the real embedding model's size, with the library's shape (a few shipped
 * templates with many example vectors, the bulk components with one), plus the time to
 * embed a query with the in-process model. Prints its figures; asserts nothing about
 * time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=LibrarySearchBenchmark}.
 */
@Tag("benchmark")
class LibrarySearchBenchmark {

    @Test
    void searchLatencyAtOneTenAndFiftyThousandEntries() {
        TextEmbeddings embeddings = TextEmbeddings.allMiniLmL6V2();
        String[] queries = { "a tip calculator", "a landing page for my bakery", "pricing table with three tiers",
                "kanban board that remembers my tasks", "dark dashboard with charts", "contact form with validation" };
        double[] embedMillis = new double[200];
        for (int i = 0; i < 20; i++) {
            embeddings.embed(queries[i % queries.length]);
        }
        for (int i = 0; i < embedMillis.length; i++) {
            long start = System.nanoTime();
            embeddings.embed(queries[i % queries.length] + " " + i);
            embedMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(embedMillis);
        System.out.printf(Locale.ROOT, "%nLibrary search (%s, %d cores, %d dimensions)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), embeddings.dimension());
        System.out.printf(Locale.ROOT, "  embedding a query (MiniLM, in-process):  p50 %6.2f ms   p99 %6.2f ms%n",
                percentile(embedMillis, 50), percentile(embedMillis, 99));
        float[][] probes = embeddings.embedAll(java.util.List.of(queries));
        for (int size : new int[] { 1_000, 10_000, 50_000 }) {
            LibraryIndex index = synthetic(size, embeddings.dimension(), new Random(size));
            for (int i = 0; i < 50; i++) {
                index.search(probes[i % probes.length], null, null, 10, LibraryEntry::published);
            }
            double[] millis = new double[300];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                index.search(probes[i % probes.length], null, null, 10, LibraryEntry::published);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "  %,6d entries (%,7d vectors), top 10:       p50 %6.2f ms   p99 %6.2f ms%n",
                    size, index.entries().stream().mapToInt(e -> e.vectors().length).sum(), percentile(millis, 50),
                    percentile(millis, 99));
        }
    }

    /**
     * 40 templates with 13 vectors each (summary and example requests), the rest
     * components with one.
     */
    static LibraryIndex synthetic(int size, int dimension, Random random) {
        java.util.List<LibraryEntry> entries = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean template = i < 40;
            float[][] vectors = new float[template ? 13 : 1][];
            for (int v = 0; v < vectors.length; v++) {
                vectors[v] = unit(random, dimension);
            }
            entries.add(new LibraryEntry(template ? LibraryKind.TEMPLATE : LibraryKind.COMPONENT, i, "entry-" + i,
                    "Entry " + i, "", template ? "tool" : "component", java.util.List.of(), random.nextInt(50),
                    random.nextDouble(), vectors, null, true));
        }
        return new LibraryIndex(entries, dimension);
    }

    private static float[] unit(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimension; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
