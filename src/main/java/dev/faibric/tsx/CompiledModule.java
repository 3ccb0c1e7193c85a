package dev.faibric.tsx;

import java.util.List;

/**
 * A source file turned into a browser-ready ES module, with what the validator needs to know:
 * the module specifiers it imports and whether it has a default export.
 */
public record CompiledModule(String path, String javascript, List<String> imports, boolean hasDefaultExport) {
}
