package dev.faibric.deploy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faibric.project.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an app is styled with Tailwind CSS, so its page loads Tailwind's browser build
 * (in the preview and the deployed app alike, since both are this page). An app uses
 * Tailwind when
 * <ul>
 * <li>a stylesheet of its own imports it ({@code @import "tailwindcss"}, or v3's
 * {@code @tailwind} directives), or</li>
 * <li>its modules set {@code className} and their text holds at least
 * {@value #MIN_UTILITIES} different Tailwind utilities with a value ({@code p-4},
 * {@code bg-blue-600}, {@code md:grid-cols-3}, {@code hover:text-white}).</li>
 * </ul>
 * One or two such words can be a class name of the app's own CSS; more are Tailwind. Only
 * apps that use it get it: its base styles (Preflight) reset headings, lists and buttons,
 * which an app styled otherwise does not expect.
 */
final class TailwindUse {

    static final int MIN_UTILITIES = 3;

    /**
     * A Tailwind utility with a value, after any variants. Dashes cannot be part of a
     * JavaScript name, so such words only appear in strings, class names and text.
     */
    private static final Pattern UTILITY = Pattern.compile("(?<![\\w-])(?:[a-z0-9-]+:)*-?(?:p[xytrbl]?|m[xytrbl]?"
            + "|gap(?:-[xy])?|space-[xy]|[wh]|size|min-[wh]|max-[wh]|inset(?:-[xy])?|top|right|bottom|left|z"
            + "|grid-cols|grid-rows|col-span|row-span|text|bg|border(?:-[xytrbl])?|rounded(?:-[a-z]{1,2})?|shadow"
            + "|font|leading|tracking|ring|ring-offset|from|via|to|opacity|translate-[xy]|scale|rotate|duration"
            + "|delay|items|justify|self|place-items|place-content|flex-(?:row|col|wrap|1|auto|none)|grow|shrink"
            + "|basis|order|line-clamp|stroke|fill|outline|divide-[xy]|cursor|overflow(?:-[xy])?|whitespace"
            + "|object|aspect|transition|ease|animate|backdrop-blur|blur|truncate|sr-only)"
            + "-[a-z0-9./\\[\\]#%]+(?:-[a-z0-9./\\[\\]#%]+)*(?![\\w-])");

    private static final Pattern CLASS_NAME = Pattern.compile("\\bclassName\\b");

    /**
     * {@code @import "tailwindcss"} (or a part of it) and v3's {@code @tailwind base;}.
     */
    private static final Pattern DIRECTIVE = Pattern
        .compile("@import\\s+(?:url\\()?[\"']tailwindcss[^\"']*[\"']\\)?[^;]*;|@tailwind\\s+[a-z-]+\\s*;");

    private static final Pattern ANY_IMPORT = Pattern.compile("@import\\s[^;]*;");

    /**
     * What {@link #utilities} found in a module, by its text: the same modules are
     * deployed again and again (every preview while an answer streams, a restore), and
     * scanning a module takes a millisecond.
     */
    private static final Cache<String, Set<String>> SCANNED = Caffeine.newBuilder()
        .maximumWeight(8_000_000)
        .weigher((String module, Set<String> found) -> module.length())
        .executor(Runnable::run)
        .build();

    private TailwindUse() {
    }

    static boolean by(List<SourceFile> files) {
        Set<String> utilities = new HashSet<>();
        for (SourceFile file : files) {
            if (file.isServer()) {
                continue;
            }
            if (file.isStylesheet() && importsTailwind(file.content())) {
                return true;
            }
            if (file.isModule()) {
                utilities.addAll(SCANNED.get(file.content(), TailwindUse::utilities));
                if (utilities.size() >= MIN_UTILITIES) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Up to {@value #MIN_UTILITIES} different Tailwind utilities of a module that sets
     * {@code className}; none for one that does not.
     */
    private static Set<String> utilities(String module) {
        Set<String> found = new HashSet<>();
        if (CLASS_NAME.matcher(module).find()) {
            Matcher matcher = UTILITY.matcher(module);
            while (found.size() < MIN_UTILITIES && matcher.find()) {
                found.add(matcher.group());
            }
        }
        return Set.copyOf(found);
    }

    /** Whether a stylesheet asks for Tailwind. */
    static boolean importsTailwind(String css) {
        return DIRECTIVE.matcher(css).find();
    }

    /**
     * A stylesheet that imports Tailwind as the browser build reads it: without its
     * imports (the build adds Tailwind itself, and can import nothing else), its
     * {@code @apply}, {@code @theme} and {@code @layer} rules kept.
     */
    static String forBrowserBuild(String css) {
        return ANY_IMPORT.matcher(DIRECTIVE.matcher(css).replaceAll("")).replaceAll("");
    }

}
