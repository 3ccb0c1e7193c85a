package dev.faibric.composer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a name for the app out of a request as people write it: an explicit one ("called
 * Crumb & Co with warm colours" gives "Crumb & Co"), the business it is for ("a landing
 * page for my bakery" gives "Bakery"), what it is for ("a website for generating stock
 * reports" gives "Stock Reports", "an app to track my daily water intake" gives "Water
 * Intake Tracker") or the thing asked for ("a tip calculator"). The request's verb
 * ("Implement", "Build") and its styling ("modern", "a teal background") never make the
 * name; sentences only about styling are passed over.
 */
public final class AppTitles {

    private static final int MAX_LENGTH = 40;

    private static final Pattern NAMED = Pattern.compile("\\b(?:called|named(?!\\s+after)|titled|entitled|"
            + "brand(?:ed)?\\s+as|name\\s+it|call\\s+it)\\s+(?:[\"“‘']([^\"”’']{2,40})[\"”’']|([^\"”,.!?;:()]{2,60}))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME_END = Pattern.compile(
            "\\s+(?:with|that|which|where|who|for|to|using|in\\s+"
                    + "(?:a|an|the)|and\\s+(?:a|an|the|it|make|use|with|has|have|should)|-|–|—|is|should|will)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEAD = Pattern.compile("^(?:(?:hey|hi|hello|please|kindly|can|could|would|will|you|"
            + "i'd|we'd|i|we|want|need|wanna|would like|'d like|like|to|have|build|create|make|develop|implement|design|write|"
            + "generate|code|set up|put together|give|help|me|us|for|an?|the|simple|modern|responsive|beautiful|clean|"
            + "minimal(?:ist)?|sleek|nice|small|basic|new|cool|fun|little|quick|professional|elegant|stylish|"
            + "mobile[- ]friendly|web[- ]based|browser[- ]based|interactive|fully[- ]functional|functional|single[- ]page|one[- ]page|colou?rful|fancy|great|"
            + "good|complete|full|lightweight|dark|light|and|,|!)(?:\\s+|(?=,)|$|,\\s*))+", Pattern.CASE_INSENSITIVE);

    /**
     * What a request asks for that is only a kind of app, saying nothing of its subject.
     */
    private static final Set<String> GENERIC = Set.of("website", "site", "web", "app", "application", "webapp",
            "platform", "tool", "page", "webpage", "portal", "system", "service", "solution", "program", "software",
            "landing", "online", "mobile", "dashboard", "interface", "ui", "frontend", "spa", "web-app", "learning",
            "internal", "e-learning");

    private static final Pattern CONNECTOR = Pattern.compile("\\s+(?=(?:for|to|that|which|where|with|in|on|about|so|"
            + "using|who|whose|allowing|letting|helping)\\b)|[,:]\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern FOR_BUSINESS = Pattern.compile(
            "^for\\s+(?:my|our|a|an|the)\\s+(?:(?:local|small|"
                    + "new|family|little|tiny|independent|neighbourhood|neighborhood)\\s+)*(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** "for (my) X" or "about X" after a kind of app, whoever or whatever X is. */
    private static final Pattern ABOUT = Pattern.compile("^(?:for|about|on)\\s+(?:(?:my|our|a|an|the|local|small|"
            + "new|family|little|tiny|independent)\\s+)*(.+)$", Pattern.CASE_INSENSITIVE);

    /**
     * "for tracking …": a purpose, where "for a wedding photographer" or "about
     * gardening" is a subject.
     */
    private static final Pattern PURPOSE_ING = Pattern.compile("(?i)(?:generat|track|manag|creat|shar|plann|"
            + "calculat|convert|keep|record|logg|splitt|compar|find|organi[sz]|practi[cs]|monitor|stor|collect|sell|"
            + "buy|order|count|schedul|view|brows|search|display|show|list|post|send|check|tak|mak|build|play|writ|"
            + "help|test|edit|upload|download|analy[sz]|visuali[sz]|measur|estimat|sav|book|learn|read)ing\\b");

    /** A sentence about the person asking ("I'm a freelance developer"), not the app. */
    private static final Pattern SELF = Pattern.compile(
            "(?i)(?:hi|hello|hey)?[,!\\s]*(?:i'm|i am|we're|we are|" + "i run|we run|i own|we own|i work|we work)\\b");

    /**
     * The business in "I run a small bakery in Leeds", "we're launching a SaaS product".
     */
    private static final Pattern RUNS = Pattern.compile("(?i)\\b(?:run|own|launching|opening|starting|have)\\s+"
            + "(?:(?:a|an|my|our|the|small|local|new|little|family|independent)\\s+)*(.+)$");

    private static final Pattern FOR_NAME = Pattern
        .compile("^for\\s+((?:[A-Z][\\w'’]*|&)(?:\\s+(?:[A-Z][\\w'’]*|&))*)");

    private static final Pattern PURPOSE = Pattern
        .compile("^(?:for\\s+(?=\\w+ing\\b|keep)|to\\s+|(?:that|which|who)\\s+(?:(?:will|can|"
                + "should|would)\\s+)?(?:(?:allows?|lets?|helps?|enables?|permits?)\\s+(?:(?:my\\s+|our\\s+)?(?!to\\b)\\w+\\s+)?"
                + "(?:to\\s+)?)?" + "|(?:allowing|letting|helping)\\s+(?:\\w+\\s+)?(?:to\\s+)?"
                + "|(?:where|in\\s+which)\\s+(?<who>\\w+)\\s+(?:can|could|may|will|should)\\s+)"
                + "(?:keep\\s+track\\s+of|(?<verb>[a-z]+))\\s+(?<object>.+)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern OBJECT_END = Pattern.compile("\\s+(?:for|with|and|that|which|where|in|on|by|from|"
            + "using|so|to|when|while|across|between|online|easily|quickly|together|via|at|like|as|without|"
            + "within|into|through|over|under|per|every|each|showing|featuring|including|displaying|containing|"
            + "offering|having|who|whose)\\b.*$|[,;:(].*$", Pattern.CASE_INSENSITIVE);

    private static final Set<String> FILLER = Set.of("my", "our", "their", "your", "his", "her", "its", "the", "a",
            "an", "all", "daily", "weekly", "monthly", "personal", "own", "various", "different", "some", "any",
            "simple", "new", "basic", "modern");

    /**
     * Verbs whose object makes a tool's name: "track my expenses" is an "Expense
     * Tracker".
     */
    private static final Map<String, String> AGENTS = Map.ofEntries(Map.entry("track", "Tracker"),
            Map.entry("manage", "Manager"), Map.entry("plan", "Planner"), Map.entry("calculate", "Calculator"),
            Map.entry("convert", "Converter"), Map.entry("monitor", "Monitor"), Map.entry("split", "Splitter"),
            Map.entry("practice", "Practice"), Map.entry("practise", "Practice"), Map.entry("schedule", "Scheduler"),
            Map.entry("log", "Log"), Map.entry("count", "Counter"), Map.entry("shorten", "Shortener"),
            Map.entry("keep track of", "Tracker"));

    private static final Set<String> PEOPLE = Set.of("users", "people", "customers", "visitors", "members", "clients",
            "anyone", "everyone", "i", "we", "you", "they", "me", "us");

    private static final Pattern STYLING = Pattern.compile("(?i)\\b(?:colou?rs?|background|theme|dark|light|font|"
            + "modern|responsive|style|buttons?|components?|palette|look|layout|design)\\b");

    private static final Set<String> LOWER = Set.of("a", "an", "and", "of", "the", "for", "to", "in", "on", "with",
            "or");

    private AppTitles() {
    }

    /**
     * The name for a prompt, or {@code fallback}; a website prefers the business it is
     * for.
     */
    public static String from(String prompt, String fallback, boolean preferBusiness) {
        String text = RequestText.withoutColours(prompt.strip().replaceAll("\\s+", " "));
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            String name = named.group(1) != null ? named.group(1).strip()
                    : NAME_END.matcher(named.group(2)).replaceFirst("").strip();
            if (name.length() >= 2) {
                return limit(name.equals(name.toLowerCase(Locale.ROOT)) ? titleCase(name) : name, fallback);
            }
        }
        for (String sentence : text.split("(?<=[.!?;])\\s+")) {
            if (SELF.matcher(sentence).lookingAt()) {
                Matcher runs = RUNS.matcher(sentence);
                String business = runs.find() ? object(runs.group(1)) : "";
                if (!business.isEmpty() && !styling(business)) {
                    return limit(titleCase(business), fallback);
                }
                continue;
            }
            String title = fromSentence(sentence.replaceAll("[.!?;]+$", ""), preferBusiness);
            if (title != null) {
                return limit(title, fallback);
            }
        }
        return fallback;
    }

    private static String fromSentence(String sentence, boolean preferBusiness) {
        String subject = LEAD.matcher(sentence).replaceFirst("");
        String[] parts = CONNECTOR.split(subject, 2);
        List<String> head = new ArrayList<>(Arrays.asList(parts[0].strip().split(" ")));
        String rest = parts.length > 1 ? parts[1].strip() : "";
        if (head.isEmpty() || head.getFirst().isBlank() || styling(parts[0])) {
            return null;
        }
        boolean generic = GENERIC.contains(lower(head.getLast()));
        boolean dashboard = lower(head.getLast()).equals("dashboard");
        List<String> modifiers = head.stream().filter(w -> !GENERIC.contains(lower(w))).toList();
        Matcher name = FOR_NAME.matcher(rest);
        if (generic && name.find()) {
            return name.group(1);
        }
        String kind = String.join(" ", modifiers.stream().filter(w -> !FILLER.contains(lower(w))).toList());
        Matcher about = ABOUT.matcher(rest);
        if (!kind.isEmpty() && about.matches() && !PURPOSE_ING.matcher(about.group(1)).lookingAt()) {
            // "a blog about gardening", "a forum for our cycling club": the subject, then
            // the kind of app ("Gardening Blog", "Cycling Club Forum").
            String what = object(about.group(1));
            if (!what.isEmpty() && !styling(what)) {
                String both = what + " " + kind;
                return titleCase(both.length() <= MAX_LENGTH ? both : kind);
            }
        }
        Matcher business = FOR_BUSINESS.matcher(rest);
        if ((generic && modifiers.isEmpty() || preferBusiness) && business.matches()
                && !PURPOSE_ING.matcher(business.group(1)).lookingAt()) {
            String what = object(business.group(1));
            if (!what.isEmpty()) {
                return titleCase(what);
            }
        }
        Matcher purpose = PURPOSE.matcher(rest);
        if (generic && modifiers.isEmpty() && !purpose.matches()) {
            // "a portal where patients book appointments": nothing but the purpose to go
            // by.
            purpose = PURPOSE.matcher(rest.replaceFirst("(?i)^((?:where|in which)\\s+\\w+)\\s+", "$1 can "));
        }
        if (generic && purpose.matches() && !(dashboard && !modifiers.isEmpty())) {
            String verb = purpose.group("verb") == null ? "keep track of" : lower(purpose.group("verb"));
            String stem = verb.endsWith("ing") ? verb.substring(0, verb.length() - 3)
                    : verb.endsWith("s") && !verb.endsWith("ss") ? verb.substring(0, verb.length() - 1) : verb;
            String what = object(purpose.group("object").replaceFirst("(?i)^(?:and|or)\\s+\\w+\\s+", ""));
            if (!what.isEmpty()) {
                String agent = dashboard ? "Dashboard" : agent(stem);
                String who = purpose.group("who");
                if (who != null && !PEOPLE.contains(lower(who)) && purpose.group("object").matches("(?i)^their\\b.*")) {
                    what = singular(who) + " " + what;
                }
                return agent == null ? titleCase(what) : titleCase(dashboard ? what : singular(what)) + " " + agent;
            }
        }
        if (generic && !modifiers.isEmpty()) {
            while (head.size() > 1 && lower(head.getLast()).matches("app|application|webapp|web-app|web")) {
                head.removeLast();
            }
            return titleCase(String.join(" ", head));
        }
        return generic || head.size() > 5 ? null : titleCase(String.join(" ", head));
    }

    private static String agent(String stem) {
        for (String form : List.of(stem, stem + "e", stem.replaceAll("(.)\\1$", "$1"))) {
            if (AGENTS.containsKey(form)) {
                return AGENTS.get(form);
            }
        }
        return null;
    }

    /**
     * The noun phrase a clause starts with, without what follows it and without fillers.
     */
    private static String object(String clause) {
        String phrase = OBJECT_END.matcher(clause).replaceFirst("").strip();
        List<String> words = new ArrayList<>(Arrays.asList(phrase.split(" ")));
        words.removeIf(w -> w.isBlank() || FILLER.contains(lower(w)));
        if (words.size() > 5 || styling(String.join(" ", words))) {
            return "";
        }
        return String.join(" ", words);
    }

    private static boolean styling(String words) {
        return STYLING.matcher(words).find() && !words.matches("(?i).*\\b(?:app|site|website|page|game|tool)\\b.*");
    }

    /** The last word in the singular: "loan repayments" gives "loan repayment". */
    private static String singular(String phrase) {
        int at = phrase.lastIndexOf(' ') + 1;
        String last = phrase.substring(at);
        String one = last.matches("(?i).*[^aeiou]ies") ? last.substring(0, last.length() - 3) + "y"
                : last.matches("(?i).*(?:ses|xes|ches|shes)") ? last.substring(0, last.length() - 2)
                        : last.matches("(?i).*[^su]s") ? last.substring(0, last.length() - 1) : last;
        return phrase.substring(0, at) + one;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String limit(String title, String fallback) {
        String t = title.strip().replaceAll("[\"“”]", "");
        if (t.length() < 2) {
            return fallback;
        }
        return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH).strip() : t;
    }

    static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean keepLower = i > 0 && LOWER.contains(w.toLowerCase(Locale.ROOT));
            boolean keep = w.length() > 1
                    && (w.equals(w.toUpperCase(Locale.ROOT)) || w.substring(1).matches(".*[A-Z].*"));
            out.append(keepLower ? w.toLowerCase(Locale.ROOT)
                    : keep ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

}
