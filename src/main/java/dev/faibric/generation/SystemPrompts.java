package dev.faibric.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The versioned system prompts in resources/prompts/, filled in for one request. */
@Component
class SystemPrompts {

    private final String generate;

    SystemPrompts() {
        try {
            this.generate = new ClassPathResource("prompts/generate-v1.md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String forGeneration(String appType) {
        return generate.replace("{{appType}}", appType);
    }
}
