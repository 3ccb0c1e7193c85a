package dev.faibric.composer;

import dev.faibric.composer.ColourNames.Colour;
import dev.faibric.composer.ColourNames.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The colours a request asks for, and for what: the page background ("set the background
 * color to ivory", "a lavender background", "background: #fff"), the components (buttons,
 * links, headers, navigation: "navy buttons", "style all components with teal", "assign
 * gold to the UI elements") or only a hue for the theme ("with a green theme", "in
 * navy"). A colour's role is read from the words right after it ("X buttons", "X for the
 * background") or right before it ("the background color to X"); where a role is asked
 * for twice, the first one counts, so a change written before the earlier request wins.
 *
 * @param background the page background asked for, or null
 * @param backgroundAt where in the text it was asked for (-1 for none)
 * @param components the components' colour asked for, or null
 * @param theme a colour asked for the theme as a whole, or null
 */
public record ColourRequest(@Nullable Colour background, int backgroundAt, @Nullable Colour components,
        @Nullable Colour theme) {

    private static final String BG = "(?:(?:page|site|website|app|main|overall|body|whole|general)\\s+)?"
            + "(?:background|backdrop|bg|back\\s+ground)s?";

    private static final String COMPONENTS = "(?:(?:ui|interface|interactive|main|primary|all|action)\\s+)?"
            + "(?:components?|buttons?|elements?|controls?|widgets?|ctas?|call[- ]to[- ]actions?|links?|headers?"
            + "|headings?|nav(?:igation)?(?:\\s+bars?)?|navbars?|menus?|toolbars?|primary(?:\\s+colou?r)?"
            + "|accent\\s+colou?r|highlights?|brand\\s+colou?r)";

    private static final String THEME = "(?:theme|themed|colou?r\\s+scheme|scheme|palette|look|style|tones?|vibe|"
            + "colou?rs|mode)";

    private static final String TEXT = "(?:text|font|fonts|lettering|copy|type)";

    private static final String ROLE = "(" + BG + ")|(" + COMPONENTS + ")|(" + THEME + ")|(" + TEXT + ")";

    /** Right after the colour: "X buttons", "X-coloured background". */
    private static final Pattern DIRECT_AFTER = Pattern
        .compile("^[\\s-]*(?:colou?red\\s+|toned\\s+)?(?:" + ROLE + ")\\b", Pattern.CASE_INSENSITIVE);

    /**
     * After the colour with a preposition: "X for the background", "X to the UI
     * elements".
     */
    private static final Pattern AFTER = Pattern.compile(
            "^\\s*(?:colou?r\\s+)?(?:for|as|to|on|across|in|throughout)"
                    + "\\s+(?:(?:the|all|its|my|our|every|each|a|an|of|your|their)\\s+)*(?:" + ROLE + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Before the colour: "the background color to X", "components using X", "theme: X".
     */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:" + ROLE + ")(?:[\\s-]*colou?rs?|\\s+shades?|\\s+hue)?"
            + "(?:\\s*(?:should|must|will|would|shall|can|needs?\\s+to|has\\s+to|have\\s+to))?"
            + "(?:\\s*(?:be\\s+set\\s+to|be\\s+in|set\\s+to|that\\s+is|go\\s+with|make\\s+(?:it|them)|use|uses|using"
            + "|is|are|be|:|=|-|to|as|of|in|into|with|being|,\\s*(?:use|go\\s+with|choose|pick|make\\s+(?:it|them))))?"
            + "\\s*(?:(?:a|an|the|some|solid|plain|pure|soft|nice)\\s+)?[\"'“]?$", Pattern.CASE_INSENSITIVE);

    /** Before the colour, for the theme: "in X", "colour it X", "make it X", "go X". */
    private static final Pattern THEME_BEFORE = Pattern
        .compile("\\b(?:in|make\\s+it|paint\\s+it|colou?r\\s+it|turn\\s+it|go|themed|switch\\s+to|change\\s+it\\s+to)"
                + "\\s+(?:(?:a|an|the|some)\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Hue words that count for the theme wherever they are (they always have). */
    static final Set<String> HUES = Set.of("navy", "blue", "teal", "green", "emerald", "purple", "violet", "pink",
            "red", "orange", "amber", "yellow", "brown", "gray", "grey", "black");

    private enum Role {

        BACKGROUND, COMPONENTS, THEME, TEXT, NONE

    }

    public static ColourRequest parse(String text) {
        List<Mention> mentions = ColourNames.find(text);
        Colour background = null;
        Colour components = null;
        Colour theme = null;
        int backgroundAt = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int from = i == 0 ? 0 : mentions.get(i - 1).end();
            int to = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
            String before = sentenceTail(text.substring(from, m.start()));
            String after = sentenceHead(text.substring(m.end(), to));
            Role role = role(before, after);
            if (role == Role.BACKGROUND && background == null) {
                background = m.colour();
                backgroundAt = m.start();
            }
            else if (role == Role.COMPONENTS && components == null) {
                components = m.colour();
            }
            else if (theme == null && (role == Role.THEME || role == Role.NONE && HUES.contains(m.colour().label()))) {
                theme = m.colour();
            }
        }
        return new ColourRequest(background, backgroundAt, components, theme);
    }

    private static Role role(String before, String after) {
        var direct = DIRECT_AFTER.matcher(after);
        if (direct.find()) {
            return role(direct);
        }
        var preceding = BEFORE.matcher(before);
        if (preceding.find()) {
            return role(preceding);
        }
        var following = AFTER.matcher(after);
        if (following.find()) {
            return role(following);
        }
        return THEME_BEFORE.matcher(before).find() ? Role.THEME : Role.NONE;
    }

    private static Role role(Matcher m) {
        return m.group(1) != null ? Role.BACKGROUND
                : m.group(2) != null ? Role.COMPONENTS : m.group(3) != null ? Role.THEME : Role.TEXT;
    }

    /** The text before a colour back to the start of its sentence. */
    private static String sentenceTail(String text) {
        int cut = Math.max(Math.max(text.lastIndexOf(". "), text.lastIndexOf('\n')),
                Math.max(text.lastIndexOf("! "), text.lastIndexOf("? ")));
        String tail = cut < 0 ? text : text.substring(cut + 1);
        // The words that name a role are right before the colour: a bounded look back
        // keeps the end-anchored pattern quick.
        return tail.length() > 80 ? tail.substring(tail.length() - 80) : tail;
    }

    /** The text after a colour up to the end of its sentence. */
    private static String sentenceHead(String text) {
        int cut = text.length();
        for (String end : List.of(". ", "\n", "! ", "? ")) {
            int at = text.indexOf(end);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut);
    }

    public boolean asksForColours() {
        return background != null || components != null || theme != null;
    }

    /** What the chat is told about names that are not CSS colours. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (Colour c : new Colour[] { background, components, theme }) {
            if (c != null && c.note() != null && !notes.contains(c.note())) {
                notes.add(c.note());
            }
        }
        return notes;
    }

    /** The theme's hue word ("navy"), when the theme was asked for with one. */
    @Nullable String hue() {
        return theme != null && HUES.contains(theme.label()) ? theme.label().replace("grey", "gray") : null;
    }

}
