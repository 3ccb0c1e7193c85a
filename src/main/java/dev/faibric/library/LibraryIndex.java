package dev.faibric.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Brute-force semantic search over every library entry held in memory: one contiguous
 * matrix of unit vectors, a dot product per row, the best row per entry, then the top
 * {@code limit} by ranking score. Immutable: a new index replaces the old one when the
 * library changes.
 */
final class LibraryIndex {

    /**
     * How much use lifts an entry: +1 % a use, at most doubling (the seed's
     * {@code 1 + usage * 0.01}).
     */
    static final int USAGE_CAP = 100;

    private final List<LibraryEntry> entries;

    private final float[] matrix;

    private final int[] rowOwner;

    private final int dimension;

    LibraryIndex(Collection<LibraryEntry> entries, int dimension) {
        this.entries = List.copyOf(entries);
        this.dimension = dimension;
        int rows = this.entries.stream().mapToInt(e -> e.vectors().length).sum();
        this.matrix = new float[rows * dimension];
        this.rowOwner = new int[rows];
        int row = 0;
        for (int i = 0; i < this.entries.size(); i++) {
            for (float[] vector : this.entries.get(i).vectors()) {
                System.arraycopy(vector, 0, matrix, row * dimension, dimension);
                rowOwner[row++] = i;
            }
        }
    }

    static LibraryIndex empty(int dimension) {
        return new LibraryIndex(List.of(), dimension);
    }

    int size() {
        return entries.size();
    }

    List<LibraryEntry> entries() {
        return entries;
    }

    /** Ranking: similarity × (1 + min(uses, 100) × 0.01) × (0.75 + 0.25 × quality). */
    static double score(double similarity, int usage, double quality) {
        return similarity * (1 + Math.min(usage, USAGE_CAP) * 0.01) * (0.75 + 0.25 * quality);
    }

    record Match(LibraryEntry entry, double similarity, double score) {
    }

    List<Match> search(float[] query, @Nullable LibraryKind kind, @Nullable String category, int limit,
            java.util.function.Predicate<LibraryEntry> visible) {
        double[] best = new double[entries.size()];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        boolean[] eligible = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            LibraryEntry e = entries.get(i);
            eligible[i] = (kind == null || e.kind() == kind) && visible.test(e)
                    && (category == null || category.equalsIgnoreCase(e.category()));
        }
        for (int row = 0; row < rowOwner.length; row++) {
            int owner = rowOwner[row];
            if (!eligible[owner]) {
                continue;
            }
            float dot = 0;
            int base = row * dimension;
            for (int d = 0; d < dimension; d++) {
                dot += matrix[base + d] * query[d];
            }
            if (dot > best[owner]) {
                best[owner] = dot;
            }
        }
        PriorityQueue<Match> top = new PriorityQueue<>(Comparator.comparingDouble(Match::score));
        for (int i = 0; i < entries.size(); i++) {
            if (!eligible[i] || best[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            LibraryEntry e = entries.get(i);
            Match match = new Match(e, best[i], score(best[i], e.usageCount(), e.quality()));
            if (top.size() < limit) {
                top.add(match);
            }
            else if (match.score() > top.peek().score()) {
                top.poll();
                top.add(match);
            }
        }
        List<Match> ranked = new ArrayList<>(top);
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        return ranked;
    }

}
