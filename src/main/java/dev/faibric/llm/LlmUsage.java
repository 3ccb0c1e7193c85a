package dev.faibric.llm;

import java.time.Duration;

/**
 * What answering cost: the calls sent to models (retries and a fallback count), tokens in
 * and out, time to the first token and in all, and which provider and model produced the
 * answer.
 */
public record LlmUsage(String provider, String model, int calls, int inputTokens, int outputTokens,
        Duration timeToFirstToken, Duration duration) {

    public static final LlmUsage NONE = new LlmUsage("none", "none", 0, 0, 0, Duration.ZERO, Duration.ZERO);

    /**
     * Two answers' costs together, e.g. a generation and its repair; provider and model
     * are the later call's.
     */
    public LlmUsage plus(LlmUsage later) {
        if (later.calls == 0 && later.outputTokens == 0) {
            return this;
        }
        if (calls == 0 && outputTokens == 0) {
            return later;
        }
        return new LlmUsage(later.provider, later.model, calls + later.calls, inputTokens + later.inputTokens,
                outputTokens + later.outputTokens, timeToFirstToken, duration.plus(later.duration));
    }

    public LlmUsage withCalls(int calls) {
        return new LlmUsage(provider, model, calls, inputTokens, outputTokens, timeToFirstToken, duration);
    }
}
