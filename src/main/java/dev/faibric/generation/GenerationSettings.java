package dev.faibric.generation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits of the generation API: how long a prompt may be, how often progress is reported. */
@ConfigurationProperties("faibric.generation")
public record GenerationSettings(int promptMaxLength, Duration progressInterval) {

    public GenerationSettings {
        promptMaxLength = promptMaxLength <= 0 ? 4000 : promptMaxLength;
        progressInterval = progressInterval == null ? Duration.ofMillis(100) : progressInterval;
    }
}
