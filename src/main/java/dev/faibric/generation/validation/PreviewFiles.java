package dev.faibric.generation.validation;

import dev.faibric.project.ImportPaths;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.CompiledModule;
import dev.faibric.tsx.TsxCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a preview of an app still being written consists of: the files complete so far,
 * and for every module they import that is not written yet, a placeholder that renders
 * "Writing …" in its place. Nothing of it is stored; the finished app replaces it.
 */
public final class PreviewFiles {

    private PreviewFiles() {
    }

    public static List<SourceFile> of(List<SourceFile> written, TsxCompiler compiler) throws CompileException {
        Set<String> paths = written.stream().map(SourceFile::path).collect(Collectors.toSet());
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (SourceFile file : written) {
            if (!file.isModule()) {
                continue;
            }
            CompiledModule module = compiler.compile(file.path(), file.content());
            module.importedNames().forEach((specifier, names) -> {
                if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
                    return;
                }
                String target = ImportPaths.resolve(file.path(), specifier);
                if (target != null && ImportPaths.candidates(target).stream().noneMatch(paths::contains)) {
                    missing.computeIfAbsent(target, t -> new LinkedHashSet<>()).addAll(names);
                }
            });
        }
        List<SourceFile> preview = new ArrayList<>(written);
        missing.forEach((target, names) -> preview.add(placeholder(target, names)));
        return preview;
    }

    private static SourceFile placeholder(String target, Set<String> names) {
        if (target.endsWith(".css")) {
            return new SourceFile(target, "");
        }
        if (target.endsWith(".json")) {
            return new SourceFile(target, "{}");
        }
        String stem = target.replaceFirst("\\.(tsx|ts|jsx|js)$", "");
        String label = stem.substring(stem.lastIndexOf('/') + 1);
        StringBuilder code = new StringBuilder().append("// Placeholder while ")
            .append(stem)
            .append(" is being written.\n")
            .append("function Pending() {\n")
            .append("  return <div style={{ margin: '8px 0', padding: '16px', border: '2px dashed #cbd5e1', ")
            .append("borderRadius: '12px', color: '#64748b', background: '#f8fafc', textAlign: 'center', ")
            .append("font: '14px system-ui, sans-serif' }}>Writing ")
            .append(label)
            .append("…</div>;\n")
            .append("}\n")
            .append("export default Pending;\n");
        for (String name : names) {
            if (!name.equals("default") && name.matches("[A-Za-z_$][\\w$]*")) {
                code.append("export const ").append(name).append(" = Pending;\n");
            }
        }
        return new SourceFile(stem + ".tsx", code.toString());
    }

}
