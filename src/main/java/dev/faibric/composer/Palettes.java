package dev.faibric.composer;

import dev.faibric.composer.ColourNames.Colour;
import dev.faibric.project.AppType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour schemes for composed apps. A page background and a components' colour asked for
 * in so many words (see {@link ColourRequest}) are used exactly: the background is the
 * page's, the components' colour the buttons', links', headers' and navigation's; the
 * surface, text and muted colours are derived from them so text keeps WCAG AA contrast
 * (4.5:1), dark when the background is. Without them a hue word ("teal", "in navy") and
 * "dark"/"light" choose one of the built-in schemes.
 */
public final class Palettes {

    /**
     * The six colours every template reads from {@code config.colors}, and what the chat
     * is told about them.
     */
    public record Palette(String primary, String accent, String background, String surface, String text, String muted,
            boolean dark, List<String> notes) {

        public Map<String, String> colors() {
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

    private static final Pattern DARK = Pattern.compile("\\b(dark|night|midnight|dark mode)\\b");

    private static final Pattern LIGHT = Pattern.compile("\\b(light|bright)\\b");

    private static final double AA = 4.5;

    private Palettes() {
    }

    /** The palette a prompt asks for, with what the chat is told about its colours. */
    public static Palette forPrompt(String prompt, AppType appType) {
        ColourRequest asked = ColourRequest.parse(prompt);
        int mood = mood(prompt);
        boolean moodDark = mood > 0 && DARK.matcher(prompt.toLowerCase(Locale.ROOT).substring(mood - 1)).lookingAt();
        List<String> notes = new ArrayList<>();
        Colour background = asked.background();
        if (background != null && mood > 0 && mood - 1 < asked.backgroundAt()
                && moodDark != ColourMaths.dark(background.hex())
                && prompt.substring(mood - 1, asked.backgroundAt()).contains("\n\n")) {
            // A change ("make it dark") written before the earlier request's background
            // wins.
            notes.add("kept to " + (moodDark ? "a dark" : "a light") + " page as asked, not the background "
                    + background.describe());
            background = null;
        }
        boolean dark = background != null ? ColourMaths.dark(background.hex()) : moodDark;
        String hue = asked.hue() != null ? asked.hue() : DEFAULT_HUE.getOrDefault(appType, "blue");
        String[] tones = HUES.get(hue);
        String bg = background != null ? background.hex() : dark ? "#0b1120" : "#f8fafc";
        String surface;
        String text;
        String muted;
        if (background == null) {
            surface = dark ? "#111827" : "#ffffff";
            text = dark ? "#f3f4f6" : "#0f172a";
            muted = dark ? "#9ca3af" : "#64748b";
        }
        else {
            notes.add("page background " + background.describe());
            text = ColourMaths.readable(dark ? "#f3f4f6" : "#0f172a", dark ? "#ffffff" : "#000000", AA, bg);
            surface = surfaceFor(bg, text, dark);
            muted = ColourMaths.readable(ColourMaths.mix(text, bg, 0.6), text, AA, bg, surface);
        }
        String primary;
        String accent;
        Colour components = asked.components();
        if (components != null) {
            primary = components.hex();
            accent = ColourMaths.mix(primary, ColourMaths.dark(primary) ? "#ffffff" : "#000000", 0.7);
            notes.add("buttons, links, headers and navigation " + components.describe());
            if (ColourMaths.contrast(primary, bg) < 1.5) {
                notes.add(components.label() + " components stand out little on the " + bg + " background");
            }
        }
        else if (asked.theme() != null && asked.hue() == null) {
            primary = ColourMaths.readable(asked.theme().hex(), text, 3, bg, surface);
            accent = ColourMaths.mix(primary, bg, 0.7);
            notes.add("a " + asked.theme().describe() + " theme"
                    + (primary.equals(asked.theme().hex()) ? "" : " (components " + primary + " to stay readable)"));
        }
        else {
            primary = tones[dark ? 2 : 0];
            accent = tones[dark ? 3 : 1];
        }
        notes.addAll(asked.notes());
        return new Palette(primary, accent, bg, surface, text, muted, dark, List.copyOf(notes));
    }

    /** Cards a shade off the background, lighter where the text still reads on them. */
    private static String surfaceFor(String background, String text, boolean dark) {
        String lighter = ColourMaths.mix(background, "#ffffff", dark ? 0.9 : 0.4);
        if (ColourMaths.contrast(text, lighter) >= AA) {
            return lighter;
        }
        return ColourMaths.mix(background, "#000000", 0.85);
    }

    /**
     * Where (1-based) the first "dark" or "light" word outside colour names is, 0 for
     * none: the first one counts.
     */
    private static int mood(String prompt) {
        StringBuilder text = new StringBuilder(prompt.toLowerCase(Locale.ROOT));
        for (ColourNames.Mention m : ColourNames.find(prompt)) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
        Matcher dark = DARK.matcher(text);
        Matcher light = LIGHT.matcher(text);
        int darkAt = dark.find() ? dark.start() : Integer.MAX_VALUE;
        int lightAt = light.find() ? light.start() : Integer.MAX_VALUE;
        int first = Math.min(darkAt, lightAt);
        return first == Integer.MAX_VALUE ? 0 : first + 1;
    }

}
