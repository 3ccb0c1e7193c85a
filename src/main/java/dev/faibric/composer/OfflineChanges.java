package dev.faibric.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the offline composer can do with a change request, said honestly. It is not a
 * language model: it can give the app another name and other colours (a page background
 * or a components' colour by name, hex or rgb, a hue, dark or light), and nothing else. A
 * request is cut into its clauses ("make it green and add a search box"); each is one the
 * composer can do or one it cannot, and the chat hears both.
 */
public final class OfflineChanges {

    private static final Pattern CLAUSES = Pattern.compile("[;\\n]+|(?<=[.!?])\\s+|,\\s*(?:and\\s+|then\\s+)?"
            + "|\\s+(?:and|then)\\s+(?=(?:please\\s+)?(?:make|set|change|add|remove|use|call|name|rename|put|give|"
            + "show|hide|turn|let|include|replace|move|delete|title|switch|paint|colou?r)\\b)");

    private static final Pattern TITLE = Pattern.compile("(?i)^(?:please\\s+)?(?:"
            + "(?:make|set|change)\\s+(?:the\\s+|its\\s+)?(?:title|name|heading)\\s+(?:say|to|read|into|be)"
            + "|(?:call|name|title)\\s+(?:it|the\\s+app|this(?:\\s+app)?)"
            + "|rename\\s+(?:it\\s+|the\\s+app\\s+)?(?:to|as)?"
            + "|(?:the\\s+)?(?:title|name)\\s+(?:should\\s+(?:be|say|read)|is)"
            + ")\\s*:?\\s*[\"'“‘]?(.+?)[\"'”’]?\\s*[.!]?$");

    private static final Pattern COLOUR = Pattern
        .compile("\\b(navy|blue|teal|green|emerald|purple|violet|pink|red|orange|amber|yellow|brown|gr[ae]y|black|"
                + "dark|night|midnight|light|white background|bright)\\b");

    private OfflineChanges() {
    }

    /**
     * What to do and what not.
     *
     * @param colours the clauses about colours, for the palette (one a paragraph); empty
     * for none
     * @param title the app's new name, if the request gives one
     * @param done what will be done, in words for the chat
     * @param notDone the clauses the composer cannot do
     */
    public record Plan(String colours, @Nullable String title, List<String> done, List<String> notDone) {

        public boolean doesAnything() {
            return !done.isEmpty();
        }

        /** What the chat hears once the change is live. */
        public String report() {
            String did = "Done with the offline template composer: " + String.join("; ", done) + ".";
            return notDone.isEmpty() ? did : did + " " + cannot(notDone);
        }

        /** What the chat hears when nothing in the request can be done. */
        public String refusal() {
            return cannot(notDone) + " Offline, a change can rename the app (\"call it Morning Wins\") or change its "
                    + "colours (\"make it green\", \"dark mode\"); set an AI provider's key (ANTHROPIC_API_KEY or "
                    + "OPENAI_API_KEY) for everything else. The app is unchanged.";
        }

        private static String cannot(List<String> clauses) {
            return "Not done, as the offline composer is not a language model and cannot change code: "
                    + String.join("; ", clauses.stream().map(c -> "\u201c" + c + "\u201d").toList()) + ".";
        }

    }

    /**
     * What a clause about colours does, in words: the exact colours where it names them.
     */
    private static String colourChange(String clause) {
        ColourRequest asked = ColourRequest.parse(clause);
        List<String> did = new ArrayList<>();
        if (asked.background() != null) {
            did.add("set the page background to " + asked.background().describe());
        }
        if (asked.components() != null) {
            did.add("set the buttons, links, headers and navigation to " + asked.components().describe());
        }
        if (did.isEmpty()) {
            did.add("changed the colours (\u201c" + clause + "\u201d)");
        }
        did.addAll(asked.notes());
        return String.join("; ", did);
    }

    public static Plan plan(String request) {
        List<String> colours = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        String title = null;
        for (String part : CLAUSES.split(request.strip())) {
            String clause = part.strip().replaceAll("[.!]+$", "");
            if (clause.isEmpty()) {
                continue;
            }
            Matcher named = TITLE.matcher(clause);
            if (named.matches() && !named.group(1).isBlank()) {
                title = named.group(1).strip();
                done.add("renamed the app \u201c" + title + "\u201d");
            }
            else if (ColourRequest.parse(clause).asksForColours()
                    || COLOUR.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
                colours.add(clause);
                done.add(colourChange(clause));
            }
            else {
                notDone.add(clause);
            }
        }
        return new Plan(String.join("\n\n", colours), title, List.copyOf(done), List.copyOf(notDone));
    }

}
