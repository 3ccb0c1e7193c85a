package dev.faibric.generation.prompt;

import dev.faibric.project.AppType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The versioned system prompts in resources/prompts/: one specialised prompt per app
 * type, one for a webapp with a backend, and those for changes and repairs.
 */
@Component
public class SystemPrompts {

    static final String VERSION = "v1";

    private static final String WITH_BACKEND = "webapp-backend";

    private static final String CHANGE = "modify";

    private static final String REPAIR = "repair";

    private final Map<String, String> prompts = new HashMap<>();

    SystemPrompts() {
        List<String> names = new ArrayList<>();
        for (AppType type : AppType.values()) {
            names.add(type.wire());
        }
        names.addAll(List.of(WITH_BACKEND, CHANGE, REPAIR));
        for (String name : names) {
            try {
                prompts.put(name, new ClassPathResource("prompts/" + name + "-" + VERSION + ".md")
                    .getContentAsString(StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new UncheckedIOException("missing system prompt " + name + "-" + VERSION, e);
            }
        }
    }

    /** The specialised prompt for an app type. */
    public String forGeneration(AppType appType, boolean withBackend) {
        String name = withBackend && appType == AppType.WEBAPP ? WITH_BACKEND : appType.wire();
        return prompts.get(name).replace("{{appType}}", appType.wire());
    }

    public String forChange() {
        return prompts.get(CHANGE);
    }

    public String forRepair() {
        return prompts.get(REPAIR);
    }

}
