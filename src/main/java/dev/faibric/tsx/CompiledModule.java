package dev.faibric.tsx;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source file turned into a browser-ready ES module, with what the validator needs to
 * know: the module specifiers it imports (and, per specifier, the names it takes from it,
 * {@code default} for a default import) and the names it exports ({@code default} among
 * them when it has a default export).
 */
public record CompiledModule(String path, String javascript, List<String> imports,
        Map<String, Set<String>> importedNames, Set<String> exports) {

    public boolean hasDefaultExport() {
        return exports.contains("default");
    }

}
