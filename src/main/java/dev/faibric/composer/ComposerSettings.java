package dev.faibric.composer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the offline composer streams: chunks of {@code chunkSize} characters spread over
 * {@code streamTime} ({@code FAIBRIC_AI_OFFLINE_STREAM_TIME}), so people can watch the
 * app being written.
 */
@ConfigurationProperties("faibric.ai.offline")
public record ComposerSettings(int chunkSize, Duration streamTime) {

    public ComposerSettings {
        chunkSize = chunkSize <= 0 ? 48 : chunkSize;
        streamTime = streamTime == null || streamTime.isNegative() ? Duration.ofMillis(400) : streamTime;
    }

}
