package dev.faibric.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AI settings, bound from the seed's variables ({@code OPENAI_API_KEY},
 * {@code ANTHROPIC_API_KEY}, {@code DEFAULT_AI_MODEL}) and ours
 * ({@code FAIBRIC_AI_PROVIDER}, {@code FAIBRIC_AI_FALLBACK}, {@code OPENAI_BASE_URL},
 * {@code ANTHROPIC_BASE_URL}, {@code ANTHROPIC_MODEL}); see the README.
 *
 * @param provider auto | openai | anthropic | openai-compatible | offline
 * @param fallback auto | none | openai | anthropic | openai-compatible | offline
 * @param model the model for openai and openai-compatible ({@code DEFAULT_AI_MODEL})
 * @param timeout how long one call may take in all
 * @param maxRetries how often a rate-limited (429) call is retried before the fallback
 * @param backoff the first wait before such a retry; it doubles each time
 */
@ConfigurationProperties("faibric.ai")
public record AiSettings(String provider, String fallback, String model, Vendor openai, Vendor anthropic,
        Duration timeout, int maxRetries, Duration backoff, Offline offline) {

    public AiSettings {
        provider = blankTo(provider, "auto");
        fallback = blankTo(fallback, "auto");
        model = blankTo(model, "gpt-4o");
        openai = openai == null ? new Vendor(null, null, null) : openai;
        anthropic = anthropic == null ? new Vendor(null, null, null) : anthropic;
        timeout = timeout == null ? Duration.ofSeconds(120) : timeout;
        maxRetries = Math.max(0, maxRetries);
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        offline = offline == null ? new Offline(48, Duration.ofMillis(400)) : offline;
    }

    /** Only the offline composer, as the embedded default and unit tests use it. */
    public static AiSettings offlineOnly(Offline offline) {
        return new AiSettings("offline", "none", null, null, null, null, 0, null, offline);
    }

    /**
     * One vendor's endpoint: key, base URL (for proxies and compatible servers) and
     * model.
     */
    public record Vendor(@Nullable String apiKey, @Nullable String baseUrl, @Nullable String model) {

        public boolean hasKey() {
            return apiKey != null && !apiKey.isBlank();
        }

        public boolean hasBaseUrl() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }

    /**
     * The offline composer streams chunks of {@code chunkSize} characters spread over
     * {@code streamTime}.
     */
    public record Offline(int chunkSize, Duration streamTime) {

        public Offline {
            chunkSize = Math.max(1, chunkSize);
            streamTime = streamTime == null ? Duration.ZERO : streamTime;
        }
    }

    private static String blankTo(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
