package dev.faibric.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The versioned system prompts in resources/prompts/: one specialised prompt per app
 * type, a generic one, one for a webapp with a backend, and those for changes and
 * repairs.
 */
@Component
class SystemPrompts {

    static final String VERSION = "v1";

    private static final List<String> NAMES = List.of("website", "webapp", "tool", "dashboard", "game", "form",
            "generic", "webapp-backend", "modify", "repair");

    private final Map<String, String> prompts = new HashMap<>();

    SystemPrompts() {
        for (String name : NAMES) {
            try {
                prompts.put(name, new ClassPathResource("prompts/" + name + "-" + VERSION + ".md")
                    .getContentAsString(StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new UncheckedIOException("missing system prompt " + name + "-" + VERSION, e);
            }
        }
    }

    /** The specialised prompt for an app type (the generic one for anything else). */
    String forGeneration(String appType, boolean withBackend) {
        String name = withBackend && appType.equals("webapp") ? "webapp-backend"
                : prompts.containsKey(appType) && !appType.equals("modify") && !appType.equals("repair") ? appType
                        : "generic";
        return prompts.get(name).replace("{{appType}}", appType);
    }

    String forChange() {
        return prompts.get("modify");
    }

    String forRepair() {
        return prompts.get("repair");
    }

}
