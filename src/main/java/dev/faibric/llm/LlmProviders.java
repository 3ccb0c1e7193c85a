package dev.faibric.llm;

import dev.faibric.llm.offline.OfflineTemplateComposer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Chooses the active provider from {@code FAIBRIC_AI_PROVIDER} and says which at start-up. */
@Component
public class LlmProviders {

    private static final Logger log = LoggerFactory.getLogger(LlmProviders.class);

    private final LlmProvider active;

    LlmProviders(AiSettings settings, OfflineTemplateComposer offline) {
        String choice = settings.provider().toLowerCase(Locale.ROOT);
        this.active = switch (choice) {
            case "auto", "offline" -> offline;
            default -> throw new IllegalStateException("FAIBRIC_AI_PROVIDER=" + settings.provider()
                    + " is not available in this build; use auto or offline");
        };
    }

    public LlmProvider active() {
        return active;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logActive() {
        log.info("AI provider: {} (model {}) — {}", active.name(), active.model(), active.description());
    }
}
