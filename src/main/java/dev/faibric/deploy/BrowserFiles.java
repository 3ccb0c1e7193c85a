package dev.faibric.deploy;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.CompiledModule;
import dev.faibric.tsx.TsxCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser loads for an app, from its source files: every module transpiled to an
 * ES module, every stylesheet and JSON file as a module of its own that the imports point
 * at, and the page. The deployer writes these files; the start check runs them.
 */
@Component
public class BrowserFiles {

    private static final Pattern MODULE = Pattern.compile("\\.(tsx|ts|jsx|js)$");

    private static final Pattern IMPORT_META_ENV = Pattern.compile("\\bimport\\.meta\\.env\\b");

    /**
     * How an app page starts, to the end of what its head always has (its title, no
     * favicon request, no margins, the root's height), for other pages that start apps
     * the same way.
     */
    public static String pageStart(String title) {
        return AppPage.start(title);
    }

    /** The CSS of the box an app page shows an app's start-up error in. */
    public static final String ERROR_BOX_STYLE = AppPage.ERROR_BOX_STYLE;

    private final TsxCompiler compiler;

    private final AppRuntime runtime;

    private final JsonMapper json;

    public BrowserFiles(TsxCompiler compiler, AppRuntime runtime, JsonMapper json) {
        this.compiler = compiler;
        this.runtime = runtime;
        this.json = json;
    }

    /**
     * The files of the app as served, {@code index.html} among them (with the owner's
     * public {@code variables}), or why it cannot be served.
     */
    public List<SourceFile> of(String title, List<SourceFile> files, Map<String, String> variables)
            throws DeploymentException {
        List<String> problems = new ArrayList<>();
        for (SourceFile file : files) {
            file.problem().ifPresent(problems::add);
        }
        if (files.stream().noneMatch(SourceFile::isEntry)) {
            problems.add("the app has no " + SourceFile.ENTRY);
        }
        if (!problems.isEmpty()) {
            throw new DeploymentException(problems);
        }
        List<SourceFile> output = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.isServer()) {
                continue; // runs on its tier, never in the browser
            }
            if (file.isModule()) {
                try {
                    CompiledModule module = compiler.compile(file.path(), file.content());
                    output.add(new SourceFile(servedPath(file.path()), browserReady(module)));
                }
                catch (CompileException e) {
                    problems.add(e.getMessage());
                }
            }
            else if (file.isStylesheet()) {
                output.add(new SourceFile(servedPath(file.path()),
                        StyleModules.stylesheet(file.path(), file.content(), json)));
            }
            else if (file.isData()) {
                output.add(new SourceFile(servedPath(file.path()), StyleModules.data(file.content(), json)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DeploymentException(problems);
        }
        output.add(new SourceFile("index.html", AppPage.html(title, variables, runtime, json, TailwindUse.by(files))));
        return output;
    }

    /**
     * Whether the app is styled with Tailwind CSS: a stylesheet imports it, or its class
     * names are Tailwind's utilities (see {@link TailwindUse}).
     */
    public static boolean usesTailwind(List<SourceFile> files) {
        return TailwindUse.by(files);
    }

    /** Whether a stylesheet imports Tailwind CSS (v4's import, or v3's directives). */
    public static boolean importsTailwind(String css) {
        return TailwindUse.importsTailwind(css);
    }

    /**
     * A stylesheet that imports Tailwind, as Tailwind 4 compiles it: one
     * {@code @import "tailwindcss"} in place of its imports and v3's directives.
     */
    public static String tailwindStylesheet(String css) {
        return "@import \"tailwindcss\";\n" + TailwindUse.forBrowserBuild(css);
    }

    /**
     * The script the page runs before any module (what {@code process.env} and
     * {@code import.meta.env} read), for whatever starts the app outside a browser.
     */
    public String environmentScript(Map<String, String> variables) {
        return AppPage.environmentScript(variables, json);
    }

    /**
     * Where a source file is served: a module as {@code .js} beside it, a stylesheet or a
     * JSON file as the module that applies or exports it.
     */
    public static String servedPath(String path) {
        return MODULE.matcher(path).find() ? MODULE.matcher(path).replaceFirst(".js") : path + ".js";
    }

    /**
     * The module's imports of stylesheets and JSON pointed at their modules, and
     * {@code import.meta.env} at what the page provides (browsers have no such object).
     */
    private static String browserReady(CompiledModule module) {
        String code = module.javascript();
        for (String specifier : module.imports()) {
            boolean relative = specifier.startsWith("./") || specifier.startsWith("../");
            if (relative && (specifier.endsWith(".css") || specifier.endsWith(".json"))) {
                code = code.replaceAll("((?:\\bfrom|\\bimport)\\s*)([\"'])" + Pattern.quote(specifier) + "\\2",
                        "$1$2" + Matcher.quoteReplacement(specifier) + ".js$2");
            }
        }
        return code.contains("import.meta.env")
                ? IMPORT_META_ENV.matcher(code).replaceAll(Matcher.quoteReplacement(AppPage.ENV_GLOBAL)) : code;
    }

}
