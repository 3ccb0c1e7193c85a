package dev.faibric.generation.web;

import dev.faibric.generation.GenerationSettings;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmProviders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the UI shows about the engine: which provider and model are active, and the prompt
 * limit.
 */
@RestController
class SystemInfoController {

    private final LlmProviders providers;

    private final GenerationSettings settings;

    SystemInfoController(LlmProviders providers, GenerationSettings settings) {
        this.providers = providers;
        this.settings = settings;
    }

    record SystemInfo(String provider, String model, String description, int promptMaxLength) {
    }

    @GetMapping({ "/api/system/info", "/api/system/info/" })
    SystemInfo info() {
        LlmProvider provider = providers.active();
        return new SystemInfo(provider.name(), provider.model(), provider.description(), settings.promptMaxLength());
    }

}
