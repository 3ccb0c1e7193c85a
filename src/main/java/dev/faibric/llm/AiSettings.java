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
 * @param provider auto (default), openai, anthropic, openai-compatible or offline
 * @param fallback auto (default), none, openai, anthropic, openai-compatible or offline
 * @param model the model for openai and openai-compatible ({@code DEFAULT_AI_MODEL})
 * @param timeout how long one call may take in all
 * @param maxRetries how often a rate-limited (429) call is retried before the fallback
 * @param backoff the first wait before such a retry; it doubles each time
 */
@ConfigurationProperties("faibric.ai")
public record AiSettings(AiProvider provider, AiProvider fallback, String model, Vendor openai, Vendor anthropic,
        Duration timeout, Integer maxRetries, Duration backoff) {

    public AiSettings {
        provider = provider == null ? AiProvider.AUTO : provider;
        fallback = fallback == null ? AiProvider.AUTO : fallback;
        model = model == null || model.isBlank() ? "gpt-4o" : model.strip();
        openai = openai == null ? new Vendor(null, null, null) : openai;
        anthropic = anthropic == null ? new Vendor(null, null, null) : anthropic;
        timeout = timeout == null ? Duration.ofSeconds(120) : timeout;
        maxRetries = maxRetries == null ? 2 : Math.max(0, maxRetries);
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
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

}
