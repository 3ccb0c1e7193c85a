package dev.faibric.embedding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one shared embedding model of the service (prompt classification and the code
 * library). Stored embeddings name their model, and are recomputed when it changes.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    TextEmbeddings textEmbeddings(EmbeddingSettings settings) {
        return switch (settings.provider()) {
            case LOCAL -> TextEmbeddings.allMiniLmL6V2();
            case OPENAI -> {
                if (settings.openaiApiKey() == null || settings.openaiApiKey().isBlank()) {
                    throw new IllegalStateException("FAIBRIC_EMBEDDINGS=openai needs OPENAI_API_KEY");
                }
                yield TextEmbeddings.openAi(settings.openaiApiKey(), settings.openaiBaseUrl(), settings.model());
            }
        };
    }

}
