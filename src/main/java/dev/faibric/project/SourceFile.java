package dev.faibric.project;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One file of a generated app, by its path relative to the app root. */
public record SourceFile(String path, String content) {

    /**
     * The root component every app has, by its usual name; {@code App.jsx},
     * {@code App.ts} and {@code App.js} are roots too ({@link #isEntry()}).
     */
    public static final String ENTRY = "App.tsx";

    private static final Pattern ENTRY_PATH = Pattern.compile("App\\.(tsx|jsx|ts|js)");

    public static final int MAX_PATH_LENGTH = 120;

    public static final int MAX_CONTENT_CHARS = 200_000;

    public static final Set<String> EXTENSIONS = Set.of(".tsx", ".ts", ".jsx", ".js", ".json", ".css");

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /**
     * Whether the file is a module the browser runs once it is transpiled (not data or a
     * stylesheet).
     */
    public boolean isModule() {
        return path.endsWith(".tsx") || path.endsWith(".ts") || path.endsWith(".jsx") || path.endsWith(".js");
    }

    /**
     * Whether the file is the app's root component: {@code App.tsx}, {@code .jsx},
     * {@code .ts} or {@code .js}.
     */
    public boolean isEntry() {
        return ENTRY_PATH.matcher(path).matches();
    }

    /**
     * A stylesheet a module imports; a CSS module ({@code *.module.css}) scopes its class
     * names.
     */
    public boolean isStylesheet() {
        return path.endsWith(".css");
    }

    /**
     * The folder of an app's server code ({@code server/index.ts} and the modules it
     * imports), which runs in a container and never in the browser.
     */
    public static final String SERVER_FOLDER = "server/";

    /** Whether the file is part of the app's server code, not of its pages. */
    public boolean isServer() {
        return path.startsWith(SERVER_FOLDER);
    }

    /** JSON a module imports as data. */
    public boolean isData() {
        return path.endsWith(".json");
    }

    public int lines() {
        return content.isEmpty() ? 0 : (int) content.lines().count();
    }

    /**
     * Why a model-produced path must not touch disk, if it must not: absolute paths,
     * {@code ..}, odd characters, unknown extensions and oversized names or bodies are
     * refused.
     */
    public Optional<String> problem() {
        if (path.isBlank() || path.length() > MAX_PATH_LENGTH) {
            return Optional.of("file path must be 1 to " + MAX_PATH_LENGTH + " characters: '" + abbreviate(path) + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                return Optional.of("file path '" + abbreviate(path)
                        + "' must be relative, without '..', using letters, digits, '_', '-' and '.'");
            }
        }
        if (EXTENSIONS.stream().noneMatch(path::endsWith)) {
            return Optional.of("file '" + path + "' has an extension outside " + EXTENSIONS);
        }
        if (content.length() > MAX_CONTENT_CHARS) {
            return Optional.of("file '" + path + "' is larger than " + MAX_CONTENT_CHARS + " characters");
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
