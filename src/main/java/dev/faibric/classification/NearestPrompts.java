package dev.faibric.classification;

import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.project.AppType;

import dev.faibric.classification.LabelledPrompts.LabelledPrompt;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled example prompts with their unit-length embeddings, held as a
 * {@code float[][]}, and a brute-force search for the ones most similar to a query
 * (cosine similarity; a few hundred examples take well under a millisecond).
 */
final class NearestPrompts {

    /** One example prompt near a query, and how near (cosine similarity, at most 1). */
    record Neighbour(AppType type, String prompt, double similarity) {
    }

    private final AppType[] types;

    private final String[] prompts;

    private final float[][] vectors;

    NearestPrompts(List<LabelledPrompt> examples, float[][] vectors) {
        if (examples.size() != vectors.length) {
            throw new IllegalArgumentException(examples.size() + " examples but " + vectors.length + " vectors");
        }
        this.types = examples.stream().map(LabelledPrompt::type).toArray(AppType[]::new);
        this.prompts = examples.stream().map(LabelledPrompt::prompt).toArray(String[]::new);
        this.vectors = vectors;
    }

    int size() {
        return vectors.length;
    }

    /** The {@code k} examples most similar to {@code query}, most similar first. */
    List<Neighbour> nearest(float[] query, int k) {
        return nearest(query, k, -1);
    }

    /**
     * As {@link #nearest(float[], int)}, leaving out the example at index {@code skip}
     * (leave-one-out).
     */
    List<Neighbour> nearest(float[] query, int k, int skip) {
        int n = Math.min(k, vectors.length - (skip >= 0 && skip < vectors.length ? 1 : 0));
        int[] best = new int[Math.max(n, 0)];
        double[] bestSimilarity = new double[best.length];
        int found = 0;
        for (int i = 0; i < vectors.length; i++) {
            if (i == skip) {
                continue;
            }
            double similarity = TextEmbeddings.similarity(query, vectors[i]);
            if (found < best.length || similarity > bestSimilarity[found - 1]) {
                int at = Math.min(found, best.length - 1);
                while (at > 0 && bestSimilarity[at - 1] < similarity) {
                    best[at] = best[at - 1];
                    bestSimilarity[at] = bestSimilarity[at - 1];
                    at--;
                }
                best[at] = i;
                bestSimilarity[at] = similarity;
                found = Math.min(found + 1, best.length);
            }
        }
        List<Neighbour> neighbours = new ArrayList<>(found);
        for (int j = 0; j < found; j++) {
            neighbours.add(new Neighbour(types[best[j]], prompts[best[j]], bestSimilarity[j]));
        }
        return neighbours;
    }

}
