package dev.faibric.embedding;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which embedding model the service uses ({@code FAIBRIC_EMBEDDINGS}: {@code local}, the
 * default, or {@code openai}), the OpenAI model ({@code FAIBRIC_EMBEDDINGS_MODEL}) and
 * OpenAI's key and endpoint ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}).
 */
@ConfigurationProperties("faibric.embeddings")
public record EmbeddingSettings(Provider provider, String model, @Nullable String openaiApiKey,
        @Nullable String openaiBaseUrl) {

    /** Where embeddings are computed. */
    public enum Provider {

        /** The in-process MiniLM: no network, no key. */
        LOCAL,
        /** OpenAI's embeddings API, or a compatible one. */
        OPENAI

    }

    public EmbeddingSettings {
        provider = provider == null ? Provider.LOCAL : provider;
        model = model == null || model.isBlank() ? "text-embedding-3-small" : model.strip();
    }

}
