package dev.faibric.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stylesheets and JSON as the ES modules a browser can import. A stylesheet module adds
 * its CSS to the page when it is first imported, so stylesheets apply in import order, as
 * a bundler would apply them. A CSS module ({@code *.module.css}) has its class names
 * made unique to its file and exports the map from the names the code uses to them.
 */
final class StyleModules {

    private static final Pattern CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");

    private static final Pattern GLOBAL = Pattern.compile(":global\\(([^)]*)\\)");

    private StyleModules() {
    }

    /**
     * The module a stylesheet's import is pointed at. A stylesheet that imports Tailwind
     * is one Tailwind's browser build reads ({@code type="text/tailwindcss"}), so its
     * {@code @apply} and {@code @theme} rules work.
     */
    static String stylesheet(String path, String css, JsonMapper json) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean tailwind = TailwindUse.importsTailwind(css);
        String applied = path.endsWith(".module.css") ? scoped(css, suffix(path), names) : css;
        if (tailwind) {
            applied = TailwindUse.forBrowserBuild(applied);
        }
        return "const style = document.createElement(\"style\");\n"
                + (tailwind ? "style.type = \"text/tailwindcss\";\n" : "") + "style.dataset.file = "
                + json.writeValueAsString(path) + ";\n" + "style.textContent = " + json.writeValueAsString(applied)
                + ";\n" + "document.head.append(style);\n" + "export default " + json.writeValueAsString(names) + ";\n";
    }

    /** The module a JSON file's import is pointed at: the data, parsed once. */
    static String data(String content, JsonMapper json) {
        return "export default JSON.parse(" + json.writeValueAsString(content) + ");\n";
    }

    /**
     * The CSS with every class name in a selector given the file's suffix (except inside
     * {@code :global(...)}); {@code names} gets each name, and its camelCase form, mapped
     * to the unique one. Declarations, at-rule preludes, comments and strings are left as
     * they are.
     */
    static String scoped(String css, String suffix, Map<String, String> names) {
        StringBuilder out = new StringBuilder(css.length() + 64);
        int preludeStart = 0;
        // For each open block, whether it holds declarations (a style rule's) rather than
        // rules.
        Deque<Boolean> blocks = new ArrayDeque<>();
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                i = end < 0 ? css.length() : end + 1;
                continue;
            }
            if (c == '{') {
                String prelude = css.substring(preludeStart, i);
                boolean inDeclarations = blocks.contains(true);
                boolean rule = !prelude.strip().startsWith("@") && !inDeclarations;
                out.append(rule ? scopeSelector(prelude, suffix, names) : prelude).append('{');
                blocks.push(rule || inDeclarations || isDeclarationAtRule(prelude));
                preludeStart = i + 1;
            }
            else if (c == '}' || c == ';') {
                out.append(css, preludeStart, i + 1);
                if (c == '}' && !blocks.isEmpty()) {
                    blocks.pop();
                }
                preludeStart = i + 1;
            }
            i++;
        }
        out.append(css, preludeStart, css.length());
        return out.toString();
    }

    /** At-rules whose blocks hold declarations or keyframes, not style rules. */
    private static boolean isDeclarationAtRule(String prelude) {
        String name = prelude.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("@font-face") || name.startsWith("@keyframes") || name.startsWith("@-webkit-keyframes")
                || name.startsWith("@page") || name.startsWith("@property") || name.startsWith("@counter-style");
    }

    private static String scopeSelector(String selector, String suffix, Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        Matcher global = GLOBAL.matcher(selector);
        int at = 0;
        while (global.find()) {
            out.append(scopeClasses(selector.substring(at, global.start()), suffix, names)).append(global.group(1));
            at = global.end();
        }
        return out.append(scopeClasses(selector.substring(at), suffix, names)).toString();
    }

    private static String scopeClasses(String selector, String suffix, Map<String, String> names) {
        Matcher matcher = CLASS.matcher(selector);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String unique = name + "_" + suffix;
            names.put(name, unique);
            names.putIfAbsent(camel(name), unique);
            matcher.appendReplacement(out, Matcher.quoteReplacement("." + unique));
        }
        return matcher.appendTail(out).toString();
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = out.length() > 0;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return out.toString();
    }

    /**
     * Five hex digits of the file's path: the same names on every deploy of the same
     * file.
     */
    private static String suffix(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 5);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
