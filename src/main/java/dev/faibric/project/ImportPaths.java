package dev.faibric.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves relative import specifiers against the importing file, the way the app host
 * will.
 */
public final class ImportPaths {

    private static final List<String> EXTENSIONS = List.of(".tsx", ".ts", ".jsx", ".js");

    private ImportPaths() {
    }

    /**
     * {@code components/Hero.tsx} importing {@code ../lib/format} gives
     * {@code lib/format}; null if it escapes the app.
     */
    public static @Nullable String resolve(String from, String specifier) {
        Deque<String> parts = new ArrayDeque<>();
        String[] fromParts = from.split("/");
        for (int i = 0; i < fromParts.length - 1; i++) {
            parts.addLast(fromParts[i]);
        }
        for (String part : specifier.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            }
            else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The files an extension-less import may mean, in the order the host tries them. */
    public static List<String> candidates(String target) {
        String stem = target.replaceFirst("\\.(tsx|ts|jsx|js)$", "");
        ArrayList<String> candidates = new ArrayList<>();
        candidates.add(target);
        for (String extension : EXTENSIONS) {
            candidates.add(stem + extension);
        }
        for (String extension : EXTENSIONS) {
            candidates.add(stem + "/index" + extension);
        }
        return candidates;
    }

}
