package dev.faibric.project;

import org.jspecify.annotations.Nullable;

/**
 * What making one version cost: AI calls (a retry, a fallback and a repair each count),
 * tokens in and out, time to the first token, in all, and spent waiting for models, and
 * the provider and model that answered.
 */
public record GenerationCost(int aiCalls, int inputTokens, int outputTokens, long firstTokenMillis, long durationMillis,
        long aiMillis, @Nullable String provider, @Nullable String model) {

    public static final GenerationCost NONE = new GenerationCost(0, 0, 0, 0, 0, 0, null, null);

}
