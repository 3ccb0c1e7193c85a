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
 * type, one for an app that keeps shared data (whatever its type), and those for changes
 * and repairs. The data tier (the {@code <database>} block and the {@code faibric/data}
 * client) is taught by one text, in the prompt for apps with data and after the change
 * prompt when the app keeps data or the change asks for it; server code ({@code server/},
 * the Docker tier) likewise, when the request needs logic that must not run in a browser.
 */
@Component
public class SystemPrompts {

    static final String VERSION = "v1";

    private static final String WITH_BACKEND = "webapp-backend";

    private static final String CHANGE = "modify";

    private static final String REPAIR = "repair";

    private static final String DATA_TIER = "data-tier";

    private static final String DATA_CHANGE = "data-change";

    private static final String SERVER_CODE = "server-code";

    private final Map<String, String> prompts = new HashMap<>();

    SystemPrompts() {
        List<String> names = new ArrayList<>();
        for (AppType type : AppType.values()) {
            names.add(type.wire());
        }
        names.addAll(List.of(WITH_BACKEND, CHANGE, REPAIR, DATA_TIER, DATA_CHANGE, SERVER_CODE));
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

    /**
     * The specialised prompt for an app type, or for an app that keeps shared data
     * ({@code withData}) of that type.
     */
    public String forGeneration(AppType appType, boolean withData) {
        String name = withData ? WITH_BACKEND : appType.wire();
        return prompts.get(name)
            .replace("{{dataTier}}", prompts.get(DATA_TIER).strip())
            .replace("{{appType}}", appType.wire());
    }

    /**
     * The specialised prompt, followed, for a request that needs logic off the browser
     * ({@code withServer}), by how server code is written.
     */
    public String forGeneration(AppType appType, boolean withData, boolean withServer) {
        String prompt = forGeneration(appType, withData);
        return withServer ? prompt.strip() + "\n\n" + prompts.get(SERVER_CODE) : prompt;
    }

    /** The change prompt, followed by how server code is written when it is wanted. */
    public String forChange(boolean withData, boolean withServer) {
        String prompt = forChange(withData);
        return withServer ? prompt.strip() + "\n\n" + prompts.get(SERVER_CODE) : prompt;
    }

    public String forChange() {
        return forChange(false);
    }

    /**
     * The change prompt; for an app that keeps shared data, or a change that asks for it
     * ({@code withData}), followed by the data tier and how its data model changes.
     */
    public String forChange(boolean withData) {
        if (!withData) {
            return prompts.get(CHANGE);
        }
        return prompts.get(CHANGE).strip() + "\n\n" + prompts.get(DATA_TIER).strip() + "\n\n"
                + prompts.get(DATA_CHANGE);
    }

    public String forRepair() {
        return prompts.get(REPAIR);
    }

}
