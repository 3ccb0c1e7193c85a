package dev.faibric.llm.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the built-in templates once and picks the one that fits a prompt best. */
@Component
class OfflineTemplates {

    private static final String ROOT = "classpath*:offline/templates/";
    private static final String SHARED = "offline/shared/";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OfflineTemplates.class);

    private final List<OfflineTemplate> templates;

    OfflineTemplates(JsonMapper json) {
        this.templates = load(json);
    }

    List<OfflineTemplate> all() {
        return templates;
    }

    /**
     * The template of the requested app type whose keywords the prompt mentions most (longer
     * phrases weigh more); if no template of that type matches, the best match of any type; if
     * nothing matches, the first template of the type.
     */
    OfflineTemplate choose(String prompt, String appType) {
        String text = " " + prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        Comparator<OfflineTemplate> byScore = Comparator.comparingInt(t -> score(text, t));
        OfflineTemplate sameType = templates.stream().filter(t -> t.type().equals(appType)).max(byScore
                .thenComparing(OfflineTemplate::id, Comparator.reverseOrder())).orElse(null);
        if (sameType != null && score(text, sameType) > 0) {
            return sameType;
        }
        OfflineTemplate any = templates.stream().max(byScore).orElseThrow(() ->
                new IllegalStateException("no offline templates on the classpath"));
        if (score(text, any) > 0 || sameType == null) {
            return any;
        }
        return sameType;
    }

    static int score(String normalisedPrompt, OfflineTemplate template) {
        int score = 0;
        for (String keyword : template.keywords()) {
            String k = " " + keyword.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            if (normalisedPrompt.contains(k)) {
                score += k.length();
            }
        }
        return score;
    }

    private static List<OfflineTemplate> load(JsonMapper json) {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            List<OfflineTemplate> loaded = new ArrayList<>();
            for (Resource meta : resolver.getResources(ROOT + "*/template.json")) {
                JsonNode node = json.readTree(meta.getContentAsString(StandardCharsets.UTF_8));
                Map<String, String> files = new LinkedHashMap<>();
                try {
                    for (JsonNode path : node.path("files")) {
                        files.put(path.asString(), read(meta, path.asString()));
                    }
                } catch (IOException e) {
                    // One broken template must not take the service down; a test checks every shipped one loads.
                    log.error("Offline template '{}' is incomplete and was skipped: {}", node.path("id").asString(), e.getMessage());
                    continue;
                }
                loaded.add(new OfflineTemplate(
                        node.path("id").asString(),
                        node.path("type").asString(),
                        node.path("name").asString(),
                        node.path("description").asString(),
                        strings(node.path("keywords")),
                        strings(node.path("features")),
                        java.util.Collections.unmodifiableMap(files),
                        node.path("defaults").path("title").asString(node.path("name").asString()),
                        node.path("defaults").path("tagline").asString("")));
            }
            loaded.sort(Comparator.comparing(OfflineTemplate::id));
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template's own file, or else the shared one of that name: every template uses the same
     * {@code theme.ts} (colours and fonts derived from config.ts), so it is kept once.
     */
    private static String read(Resource meta, String path) throws IOException {
        Resource own = meta.createRelative(path);
        Resource file = own.exists() ? own : new ClassPathResource(SHARED + path);
        return file.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return List.copyOf(values);
    }
}
