package dev.faibric.generation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one shared embedding model of the service (prompt classification now, the code library later). */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    PromptEmbeddings promptEmbeddings() {
        return PromptEmbeddings.allMiniLmL6V2();
    }
}
