package dev.faibric.library;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code config.ts} every library template imports: the app's name, tagline, colours
 * and fonts. Templates take everything visual from it, so naming and re-theming an app is
 * writing this file.
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
