package dev.faibric.llm;

import java.time.Duration;

/** What one call cost: tokens in and out, time to the first token and in all. */
public record LlmUsage(int inputTokens, int outputTokens, Duration timeToFirstToken, Duration duration) {
}
