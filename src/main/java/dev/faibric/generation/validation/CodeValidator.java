package dev.faibric.generation.validation;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.project.ImportPaths;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.CompiledModule;
import dev.faibric.tsx.TsxCompiler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether a set of files is an app the runtime can run: every path is safe, every
 * module compiles, every import is either a vendored library or a file that exists (a
 * component, a stylesheet, JSON data), JSON files parse, and the root component
 * ({@code App.tsx}, or {@code .jsx}, {@code .ts}, {@code .js}) exports the app: by
 * default, or as {@code App}. Server code ({@code server/}) is checked by its own rules
 * ({@link ServerCode}). The messages are written for a model to repair from, and a person
 * to read.
 */
@Component
public class CodeValidator {

    static final int MAX_FILES = 60;

    private final TsxCompiler compiler;

    private final AppRuntime runtime;

    private final JsonMapper json;

    private final ServerCode serverCode;

    CodeValidator(TsxCompiler compiler, AppRuntime runtime, JsonMapper json, ServerCode serverCode) {
        this.serverCode = serverCode;
        this.compiler = compiler;
        this.runtime = runtime;
        this.json = json;
    }

    public List<String> problems(List<SourceFile> files) {
        List<String> problems = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add("an app may have at most " + MAX_FILES + " files, not " + files.size());
        }
        Set<String> paths = new HashSet<>();
        for (SourceFile file : files) {
            file.problem().ifPresent(problems::add);
            if (!paths.add(file.path())) {
                problems.add("file '" + file.path() + "' appears twice");
            }
        }
        List<SourceFile> roots = files.stream().filter(SourceFile::isEntry).toList();
        if (roots.isEmpty()) {
            problems.add("the app has no " + SourceFile.ENTRY + " (it must default-export the root component)");
        }
        else if (roots.size() > 1) {
            problems.add("the app has " + roots.size() + " root components ("
                    + String.join(", ", roots.stream().map(SourceFile::path).toList()) + "); keep one");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(serverCode.problems(files));
        for (SourceFile file : files) {
            if (file.isServer()) {
                continue;
            }
            if (file.isData()) {
                dataProblem(file).ifPresent(problems::add);
            }
            if (!file.isModule()) {
                continue;
            }
            CompiledModule module;
            try {
                module = compiler.compile(file.path(), file.content());
            }
            catch (CompileException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (file.isEntry() && !module.hasDefaultExport() && !module.exports().contains("App")) {
                problems.add(file.path() + ": has no default export (expected `export default function App()`)");
            }
            for (String specifier : module.imports()) {
                importProblem(file.path(), specifier, paths).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<String> importProblem(String from, String specifier, Set<String> paths) {
        if (specifier.startsWith("./") || specifier.startsWith("../")) {
            String target = ImportPaths.resolve(from, specifier);
            if (target == null) {
                return Optional.of(from + ": import '" + specifier + "' points outside the app");
            }
            if (ImportPaths.candidates(target).stream().noneMatch(paths::contains)) {
                return Optional.of(from + ": import '" + specifier + "' does not match any file of the app");
            }
            return Optional.empty();
        }
        if (runtime.modules().contains(specifier)) {
            return Optional.empty();
        }
        if (runtime.modules().isEmpty()) {
            return Optional.of(from + ": import '" + specifier + "' is not available: this server was built "
                    + "without the apps' React runtime (build it without -DskipFrontend)");
        }
        Optional<String> advice = ImportAdvice.of(specifier);
        if (advice.isPresent()) {
            return Optional.of(from + ": import '" + specifier + "' is not available: " + advice.get());
        }
        return Optional.of(from + ": import '" + specifier + "' is not available; apps may import only "
                + String.join(", ", runtime.modules())
                + " and their own files (components, .css stylesheets, .json data)");
    }

    private Optional<String> dataProblem(SourceFile file) {
        try {
            json.readTree(file.content());
            return Optional.empty();
        }
        catch (JacksonException e) {
            return Optional.of(file.path() + ": is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

}
