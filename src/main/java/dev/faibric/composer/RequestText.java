package dev.faibric.composer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a request is about, without how it should look: the colour instructions people add
 * ("set the background color to white and the component color to navy", "teal buttons on
 * an ivory background") say nothing of the app and only blur what the embeddings and the
 * word checks see, so template choice and feature detection read the request without
 * them.
 */
final class RequestText {

    /** A colour: a name of up to three words, a hex code or an rgb() triple. */
    private static final String COLOUR = "(?:#[0-9a-f]{3,8}|rgba?\\([^)]{0,40}\\)|"
            + "(?:(?!(?:with|and|in|on|a|an|the|using|has|have|for|of)\\b)[a-z]+\\s+){0,2}[a-z]+)";

    /**
     * An instruction that starts with a verb and names the background, the components or
     * the buttons, to the end of its clause.
     */
    private static final Pattern INSTRUCTION = Pattern
        .compile("(?:^|(?<=[.;,!?:])|\\s(?=(?-i:[A-Z])))\\s*(?:and\\s+|then\\s+|also\\s+|please\\s+|kindly\\s+)*"
                + "(?:set|use|apply|define|assign|configure|make|give|choose|pick|paint|style|colou?r|with|using)\\b"
                + "[^.;!?]*?\\b(?:background|components?|ui elements?)\\b[^.;!?]*", Pattern.CASE_INSENSITIVE);

    /** "with teal buttons on an ivory background", inside a clause about the app. */
    private static final Pattern BUTTONS_ON = Pattern.compile("\\b(?:with|in|using|and|featuring)?\\s*(?:some\\s+)?"
            + COLOUR + "\\s+(?:buttons?|components?)\\s+(?:on|over|against)\\s+(?:a|an|the)?\\s*" + COLOUR
            + "\\s+(?:background|page|backdrop)\\b", Pattern.CASE_INSENSITIVE);

    /** "; background lavender, components teal" and the like. */
    private static final Pattern LOOSE = Pattern.compile(
            "\\b(?:with|in|on|using)\\s+(?:a|an)?\\s*" + COLOUR + "\\s+(?:background|colou?r scheme|theme)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:hi|hello|hey|please|pls|kindly|can you|could you|would you|i want|i need|i'd like|i would like|"
                    + "we want|we need|we'd like|help me|let's|build|create|make|generate|design|implement|develop|"
                    + "write|code|set up|give me|me|us|to|have|get|put together|spin up)\\b[\\s,]*)+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ARTICLE = Pattern
        .compile("^(?:(?:a|an|the|my|our|simple|small|basic|new|little|quick|modern|clean|nice)\\s+)+");

    private static final Pattern CLAUSE_END = Pattern
        .compile("\\s+(?:that|which|where|who|so|to|with|using|for|in|on|where|including|and)\\b.*$|[.;:,!?(].*$");

    private RequestText() {
    }

    /** The request without its colour instructions, in single spaces. */
    static String withoutColours(String request) {
        String text = request.replaceAll("\\s+", " ").strip();
        for (Pattern instruction : new Pattern[] { BUTTONS_ON, INSTRUCTION, LOOSE }) {
            // A step that would leave nothing ("make a lavender background") is skipped.
            String rest = instruction.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (rest.matches(".*[a-zA-Z]{3,}.*")) {
                text = rest;
            }
        }
        return text.replaceAll("\\s+([.,;!?])", "$1").replaceAll("([.,;!?]){2,}", "$1").replaceAll("^[.,;!?\\s]+", "");
    }

    /**
     * What the request asks for, in its own words and lower case: "Please implement a
     * poetry blog where readers comment" gives "poetry blog".
     */
    static String subject(String request) {
        String text = withoutColours(request).toLowerCase(Locale.ROOT);
        text = LEAD.matcher(text).replaceFirst("");
        text = ARTICLE.matcher(text).replaceFirst("");
        // "a website for generating stock reports": the website is the vehicle, the
        // reports the subject.
        text = text.replaceFirst("^(?:web ?site|web ?app|app|application|tool|platform|page|system|portal)\\s+"
                + "(?:for|to)\\s+(?:a|an|the|my|our)?\\s*", "");
        String subject = CLAUSE_END.matcher(text).replaceFirst("").strip();
        if (subject.isEmpty() || subject.length() > 60) {
            subject = text.length() > 60 ? text.substring(0, 60).replaceFirst("\\s+\\S*$", "") : text;
        }
        return subject.isEmpty() ? "app" : subject;
    }

}
