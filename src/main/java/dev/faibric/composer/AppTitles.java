package dev.faibric.composer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a name for the app out of a prompt: an explicit one ("called Sweet Crumbs"), the
 * business it is for ("a landing page for my bakery" gives "Bakery"), or the thing asked
 * for ("a tip calculator" gives "Tip Calculator").
 */
final class AppTitles {

    private static final int MAX_LENGTH = 40;

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:called|named|titled|brand(?:ed)? as)\\s+[\"'“]?([^\"'”,.!?;:]{2,40})", Pattern.CASE_INSENSITIVE);

    private static final Pattern FOR_BUSINESS = Pattern.compile(
            "\\bfor\\s+(?:my|our|a|an|the)\\s+(?:local\\s+|small\\s+|new\\s+|family\\s+)?([a-z][a-z' -]{1,40}?)(?:\\s+(?:that|which|with|where|in|on|to|called|named)\\b|[,.!?;:]|$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:please|can you|could you|i want|i need|i'd like|i would like|build|create|make|generate|design|write|give me|me|us)\\s+)+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TAIL = Pattern
        .compile("\\s+(?:that|which|with|where|for|to|so|using|in|on|where)\\b.*$", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "simple", "modern", "beautiful", "nice",
            "small", "basic", "clean", "new", "my", "our", "cool", "fun", "little", "quick");

    private static final Set<String> LOWER = Set.of("a", "an", "and", "of", "the", "for", "to", "in", "on", "with",
            "or");

    private AppTitles() {
    }

    static String from(String prompt, String fallback, boolean preferBusiness) {
        String text = prompt.strip().replaceAll("\\s+", " ");
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            return limit(named.group(1).strip(), fallback, false);
        }
        if (preferBusiness) {
            Matcher business = FOR_BUSINESS.matcher(text);
            if (business.find()) {
                return limit(titleCase(business.group(1).strip()), fallback, true);
            }
        }
        String subject = LEAD.matcher(text).replaceFirst("");
        subject = TAIL.matcher(subject).replaceFirst("");
        subject = subject.replaceAll("[\"'“”.!?,;:]", " ").strip();
        String[] words = subject.split(" ");
        int start = 0;
        while (start < words.length - 1 && ARTICLES.contains(words[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, start, words.length));
        if (rest.isBlank() || rest.split(" ").length > 6) {
            return fallback;
        }
        return limit(titleCase(rest), fallback, true);
    }

    private static String limit(String title, String fallback, boolean allowEmpty) {
        String t = title.strip();
        if (t.length() < 2 && allowEmpty) {
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
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            out.append(keepLower ? w.toLowerCase(Locale.ROOT)
                    : acronym ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

}
