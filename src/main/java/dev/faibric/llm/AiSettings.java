package dev.faibric.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code FAIBRIC_AI_PROVIDER} (auto | offline | ...) and how the offline composer paces its stream:
 * chunks of {@code chunkSize} characters spread evenly over {@code streamTime}, so the UI shows the
 * app being written the way a model's stream would, without making anyone wait.
 */
@ConfigurationProperties("faibric.ai")
public record AiSettings(String provider, Offline offline) {

    public AiSettings {
        provider = provider == null || provider.isBlank() ? "auto" : provider.strip();
        offline = offline == null ? new Offline(48, Duration.ofMillis(400)) : offline;
    }

    public record Offline(int chunkSize, Duration streamTime) {

        public Offline {
            chunkSize = Math.max(1, chunkSize);
            streamTime = streamTime == null ? Duration.ZERO : streamTime;
        }
    }
}
