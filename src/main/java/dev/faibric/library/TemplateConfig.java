package dev.faibric.library;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Outcome;
import dev.faibric.data.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a template is configured: the {@code config.ts} every library template imports (the
 * app's name, tagline, colours and fonts; templates take everything visual from it, so
 * naming and re-theming an app is writing this file), and the data model a data-backed
 * template declares in its {@code template.json}.
 */
public final class TemplateConfig {

    public static final String PATH = "config.ts";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A neutral light palette, for a template a model will re-colour as the request asks.
     */
    public static final Map<String, String> NEUTRAL_COLORS = Map.of("primary", "#2563eb", "accent", "#0ea5e9",
            "background", "#f8fafc", "surface", "#ffffff", "text", "#0f172a", "muted", "#64748b");

    private TemplateConfig() {
    }

    /**
     * The data model a {@code template.json} declares, if any: its {@code "database"} (a
     * schema in the declarative form, {@code {"collections": {...}}}) or its
     * {@code "schema"} (the id of one of the library's schemas, whose declarative
     * {@code "schema"} it takes).
     * @param template the template's {@code template.json}
     * @param librarySchema the declarative {@code "schema"} of a library schema by id, or
     * a missing node when there is none
     * @return the parsed data model, empty for a template without data, or every problem
     * (each naming its collection and field)
     */
    public static Optional<Outcome<AppSchema>> database(JsonNode template, Function<String, JsonNode> librarySchema) {
        JsonNode declared = template.path("database");
        if (template.has("schema")) {
            String id = template.path("schema").asString("");
            declared = librarySchema.apply(id);
            if (declared.isMissingNode()) {
                return Optional.of(new Outcome<>(null, List.of(new Problem("schema",
                        "schema: \"schema\" names the library schema '" + id + "', which does not exist"))));
            }
        }
        if (declared.isMissingNode() || declared.isNull()) {
            return Optional.empty();
        }
        return Optional.of(AppSchema.parse(JSON.writeValueAsString(declared)));
    }

    public static String render(String title, String tagline, Map<String, String> colors, Map<String, String> fonts,
            boolean dark) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("title", title);
        config.put("tagline", tagline);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : new String[] { "primary", "accent", "background", "surface", "text", "muted" }) {
            ordered.put(key, colors.getOrDefault(key, NEUTRAL_COLORS.get(key)));
        }
        config.put("colors", ordered);
        config.put("fonts", fonts);
        config.put("dark", dark);
        return "// The app's name, colours and fonts: every component takes them from here.\n"
                + "export const config = " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config)
                + " as const;\n";
    }

}
