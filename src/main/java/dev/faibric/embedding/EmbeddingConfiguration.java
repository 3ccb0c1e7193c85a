package dev.faibric.embedding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one shared embedding model of the service (prompt classification and the code
 * library): {@code FAIBRIC_EMBEDDINGS=local} (the in-process MiniLM, default) or
 * {@code openai} ({@code text-embedding-3-small} with {@code OPENAI_API_KEY} and,
 * optionally, {@code OPENAI_BASE_URL}). Stored embeddings name their model, and are
 * recomputed when it changes.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    TextEmbeddings textEmbeddings(@Value("${faibric.embeddings.provider:local}") String provider,
            @Value("${faibric.embeddings.model:text-embedding-3-small}") String model,
            @Value("${faibric.ai.openai.api-key:}") String apiKey,
            @Value("${faibric.ai.openai.base-url:}") String baseUrl) {
        return switch (provider.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> TextEmbeddings.allMiniLmL6V2();
            case "openai" -> {
                if (apiKey.isBlank()) {
                    throw new IllegalStateException("FAIBRIC_EMBEDDINGS=openai needs OPENAI_API_KEY");
                }
                yield TextEmbeddings.openAi(apiKey, baseUrl, model);
            }
            default ->
                throw new IllegalStateException("FAIBRIC_EMBEDDINGS must be local or openai, not '" + provider + "'");
        };
    }

}
