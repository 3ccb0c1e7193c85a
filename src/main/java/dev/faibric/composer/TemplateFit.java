package dev.faibric.composer;

import dev.faibric.library.TemplateMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the closest template fits a request, honestly: closest is not the same as
 * close. A template fits when it is very near by the embeddings, when what the request
 * asks for (its subject, see {@link RequestText#subject}) names a phrase only this
 * template lists (its relevance is then raised to a named phrase's), or when it is
 * similar enough by the embeddings and the request shares a domain word with its keywords
 * and name ("job" for the job board, "recipe" for the recipe book), so that a news site
 * never gets a restaurant site because both are websites with sections. The thresholds
 * were tuned on the labelled requests of {@code composer/requests.tsv}
 * (TemplateFitTuningTests prints the grid).
 */
final class TemplateFit {

    /** A relevance this high comes from a phrase only this template lists. */
    static final double NAMED = 0.86;

    /** Similar enough, when the request also shares a domain word with the template. */
    static final double SIMILAR = 0.5;

    /** So similar that no shared word is needed. */
    static final double NEAR = 0.8;

    /** Words that say what kind of app, not what it is about. */
    private static final Set<String> GENERIC = Set.copyOf(List.of("a", "an", "the", "and", "or", "of", "for", "to",
            "in", "on", "with", "by", "my", "our", "your", "their", "app", "application", "website", "web", "site",
            "page", "online", "simple", "tool", "tracker", "track", "list", "manager", "management", "system",
            "platform", "portal", "dashboard", "data", "personal", "business", "small", "local", "new", "free", "where",
            "who", "that", "can", "people", "user", "users", "customer", "customers", "member", "members", "team", "it",
            "is", "are", "be", "i", "we", "me", "us", "want", "need", "like", "please", "build", "create", "make",
            "implement", "generate", "design", "form", "board", "one", "all", "each", "every", "them", "they", "see",
            "view", "show", "add", "edit", "keep", "manage", "use", "using", "get", "set", "s", "at", "from", "as",
            "about", "this", "so", "also", "have", "has", "let", "lets", "allow", "allows", "them", "its", "some",
            "any", "more", "other", "own", "up", "out", "into", "way", "want", "would", "should", "could", "will",
            "page", "pages", "company", "companies", "service", "services", "home", "time", "day", "week", "month"));

    private TemplateFit() {
    }

    /** Whether the template is what the request asks for, not merely the nearest one. */
    static boolean fits(String request, TemplateMatch template) {
        return fits(request, template, SIMILAR, NEAR);
    }

    static boolean fits(String request, TemplateMatch template, double similar, double near) {
        if (template.similarity() >= near) {
            return true;
        }
        // A named phrase counts when it is what the request is about: "a supplier
        // directory for our restaurant group" names the restaurant site's keyword, but
        // asks for a directory.
        String subject = RequestText.subject(request);
        if (template.relevance() >= NAMED
                && (sharesADomainWord(subject, template) || namesAKeyword(subject, template))) {
            return true;
        }
        return template.similarity() >= similar && sharesADomainWord(request, template);
    }

    /** Whether the text contains one of the template's keyword phrases whole. */
    static boolean namesAKeyword(String text, TemplateMatch template) {
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return template.keywords()
            .stream()
            .map(k -> k.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip())
            .anyMatch(k -> !k.isEmpty() && words.contains(" " + k + " "));
    }

    /** Whether a word of the request (other than app words) is one of the template's. */
    static boolean sharesADomainWord(String request, TemplateMatch template) {
        Set<String> own = new HashSet<>();
        for (String phrase : template.keywords()) {
            own.addAll(words(phrase));
        }
        own.addAll(words(template.name()));
        for (String word : words(RequestText.withoutColours(request))) {
            if (own.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content words of a text, lower case, plurals folded ("recipes" is "recipe").
     */
    static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
            .filter(w -> w.length() > 2 && !GENERIC.contains(w))
            .map(TemplateFit::singular)
            .filter(w -> !GENERIC.contains(w))
            .toList();
    }

    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

}
