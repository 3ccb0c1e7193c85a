package dev.faibric.composer;

import dev.faibric.project.AppType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour schemes for composed apps, chosen from the colour words and "dark"/"light" in a
 * prompt.
 */
final class Palettes {

    /** The six colours every template reads from {@code config.colors}. */
    record Palette(String primary, String accent, String background, String surface, String text, String muted,
            boolean dark) {

        Map<String, String> colors() {
            Map<String, String> colors = new LinkedHashMap<>();
            colors.put("primary", primary);
            colors.put("accent", accent);
            colors.put("background", background);
            colors.put("surface", surface);
            colors.put("text", text);
            colors.put("muted", muted);
            return colors;
        }
    }

    /**
     * Hue name → (primary on light, accent on light, primary on dark, accent on dark).
     */
    private static final Map<String, String[]> HUES = new LinkedHashMap<>();

    static {
        HUES.put("navy", new String[] { "#1e3a8a", "#3b82f6", "#60a5fa", "#93c5fd" });
        HUES.put("blue", new String[] { "#2563eb", "#0ea5e9", "#60a5fa", "#38bdf8" });
        HUES.put("teal", new String[] { "#0f766e", "#14b8a6", "#2dd4bf", "#5eead4" });
        HUES.put("green", new String[] { "#15803d", "#22c55e", "#4ade80", "#86efac" });
        HUES.put("emerald", new String[] { "#047857", "#10b981", "#34d399", "#6ee7b7" });
        HUES.put("purple", new String[] { "#7c3aed", "#a855f7", "#a78bfa", "#c4b5fd" });
        HUES.put("violet", new String[] { "#6d28d9", "#8b5cf6", "#a78bfa", "#c4b5fd" });
        HUES.put("pink", new String[] { "#db2777", "#f472b6", "#f472b6", "#f9a8d4" });
        HUES.put("red", new String[] { "#dc2626", "#f97316", "#f87171", "#fca5a5" });
        HUES.put("orange", new String[] { "#ea580c", "#f59e0b", "#fb923c", "#fdba74" });
        HUES.put("amber", new String[] { "#b45309", "#f59e0b", "#fbbf24", "#fcd34d" });
        HUES.put("yellow", new String[] { "#a16207", "#eab308", "#facc15", "#fde047" });
        HUES.put("brown", new String[] { "#92400e", "#d97706", "#d6a86b", "#e7c79c" });
        HUES.put("gray", new String[] { "#374151", "#6b7280", "#9ca3af", "#d1d5db" });
        HUES.put("black", new String[] { "#111827", "#4b5563", "#e5e7eb", "#9ca3af" });
    }

    private static final Map<AppType, String> DEFAULT_HUE = Map.of(AppType.WEBSITE, "amber", AppType.WEBAPP, "violet",
            AppType.TOOL, "teal", AppType.DASHBOARD, "blue", AppType.GAME, "purple", AppType.FORM, "emerald");

    private static final Pattern DARK = Pattern.compile("\\b(dark|night|midnight|black background|dark mode)\\b");

    private static final Pattern LIGHT = Pattern.compile("\\b(light|white background|bright)\\b");

    private Palettes() {
    }

    static Palette forPrompt(String prompt, AppType appType) {
        String text = prompt.toLowerCase(Locale.ROOT).replace("grey", "gray");
        boolean dark = DARK.matcher(text).find()
                && !LIGHT.matcher(text.replaceAll("\\blight(er|est)?\\s+(blue|green|gray)", "")).find();
        String hue = null;
        int first = Integer.MAX_VALUE;
        for (String name : HUES.keySet()) {
            Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(text);
            if (m.find() && m.start() < first && !(name.equals("black") && text.contains("black background"))) {
                first = m.start();
                hue = name;
            }
        }
        String[] tones = HUES.get(hue != null ? hue : DEFAULT_HUE.getOrDefault(appType, "blue"));
        return dark ? new Palette(tones[2], tones[3], "#0b1120", "#111827", "#f3f4f6", "#9ca3af", true)
                : new Palette(tones[0], tones[1], "#f8fafc", "#ffffff", "#0f172a", "#64748b", false);
    }

}
