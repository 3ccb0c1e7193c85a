package dev.faibric.library;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexical half of template relevance. A keyword phrase that only one template lists
 * (and that is not a generic app word like "game" or "form") names that template: a
 * request that contains it is about that template whatever the embeddings say, so its
 * relevance is raised to {@link #NAMED_PHRASE} (two or more words) or
 * {@link #NAMED_WORD}.
 */
final class TemplatePhrases {

    static final double NAMED_PHRASE = 0.9;
    static final double NAMED_WORD = 0.86;

    private static final Set<String> GENERIC = Set.of("app", "apps", "game", "games", "form", "forms", "website",
            "site", "page", "web", "dashboard", "tool", "tracker", "list", "calculator", "timer", "board", "business",
            "personal", "simple", "online", "data", "chart", "charts", "report", "manager", "planner", "generator",
            "converter", "shop", "store", "school", "studio", "money", "time", "tasks", "notes", "projects", "design",
            "designer", "puzzle", "test", "questions", "knowledge", "learning", "ideas", "writing", "productivity",
            "performance", "statistics", "showcase", "workflow", "subscription", "join", "wizard", "units",
            "conversion");

    private final Map<String, String> owner;

    private TemplatePhrases(Map<String, String> owner) {
        this.owner = owner;
    }

    static TemplatePhrases of(List<LibraryEntry> templates) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (LibraryEntry t : templates) {
            for (String keyword : t.keywords()) {
                String phrase = normalise(keyword);
                if (!phrase.isEmpty()) {
                    holders.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).add(t.slug());
                }
            }
        }
        Map<String, String> owner = new HashMap<>();
        holders.forEach((phrase, slugs) -> {
            boolean multiWord = phrase.contains(" ");
            if (slugs.size() == 1 && (multiWord || (phrase.length() >= 4 && !GENERIC.contains(phrase)))) {
                owner.put(phrase, slugs.iterator().next());
            }
        });
        return new TemplatePhrases(owner);
    }

    /** The lexical relevance of each template the request names, by slug. */
    Map<String, Double> named(String request) {
        String text = " " + normalise(request) + " ";
        Map<String, Double> named = new HashMap<>();
        owner.forEach((phrase, slug) -> {
            if (text.contains(" " + phrase + " ")) {
                named.merge(slug, phrase.contains(" ") ? NAMED_PHRASE : NAMED_WORD, Math::max);
            }
        });
        return named;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

}
