package dev.faibric.embedding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one shared embedding model of the service (prompt classification now, the code library later). */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    TextEmbeddings promptEmbeddings() {
        return TextEmbeddings.allMiniLmL6V2();
    }
}
