package dev.faibric.servercode;

import dev.faibric.project.ImportPaths;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.CompiledModule;
import dev.faibric.tsx.TsxCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks an app's server code and turns it into the files of its image. The contract the
 * prompts teach: {@code server/index.ts} default-exports
 * {@code async (request: Request) => Response} for every request to {@code /api/...} on
 * the app's origin, and may export {@code schedules} (work to run every so many seconds).
 * Server modules import only each other, Node's built-ins and {@code faibric/data}; pages
 * never import server modules.
 */
@Component
public class ServerCode {

    /** The module every app with server code has. */
    public static final String ENTRY = "server/index.ts";

    private static final Pattern ENTRY_PATH = Pattern.compile("server/index\\.(ts|js)");

    private static final String RUNTIME = "server-runtime/";

    private final TsxCompiler compiler;

    public ServerCode(TsxCompiler compiler) {
        this.compiler = compiler;
    }

    /** Whether these files include server code. */
    public static boolean present(List<SourceFile> files) {
        return files.stream().anyMatch(SourceFile::isServer);
    }

    /**
     * What is wrong with the server code among these files (and with pages that import
     * it), in words a model repairs from; empty when nothing is, or when there is none.
     */
    public List<String> problems(List<SourceFile> files) {
        List<String> problems = new ArrayList<>();
        Set<String> paths = files.stream().map(SourceFile::path).collect(Collectors.toSet());
        for (SourceFile file : files) {
            if (!file.isServer() && file.isModule()) {
                pageImportsServer(file).ifPresent(problems::add);
            }
        }
        List<SourceFile> server = files.stream().filter(SourceFile::isServer).toList();
        if (server.isEmpty()) {
            return problems;
        }
        if (server.stream().noneMatch(f -> ENTRY_PATH.matcher(f.path()).matches())) {
            problems.add("the app has server code but no " + ENTRY
                    + " (it must default-export an async function that takes a Request and returns a Response)");
        }
        for (SourceFile file : server) {
            if (file.path().endsWith(".tsx") || file.path().endsWith(".jsx") || file.isStylesheet()) {
                problems.add(file.path() + ": server code is .ts, .js or .json (no JSX, no CSS on the server)");
                continue;
            }
            if (!file.isModule()) {
                continue;
            }
            try {
                CompiledModule module = compiler.compile(file.path(), file.content());
                if (ENTRY_PATH.matcher(file.path()).matches() && !module.hasDefaultExport()) {
                    problems.add(file.path() + ": has no default export (expected "
                            + "`export default async function handle(request: Request): Promise<Response>`)");
                }
                for (String specifier : module.imports()) {
                    importProblem(file.path(), specifier, paths).ifPresent(problems::add);
                }
            }
            catch (CompileException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * The files of the version's image, by path under the app's folder: the server
     * modules as ES modules (relative imports pointing at their {@code .js} files), JSON
     * as is, the runtime that serves them and the data client.
     * @throws CompileException when a module does not compile (checked files always do)
     */
    public Map<String, byte[]> bundle(List<SourceFile> files) throws CompileException {
        Set<String> paths = files.stream().map(SourceFile::path).collect(Collectors.toSet());
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        for (SourceFile file : files) {
            if (!file.isServer()) {
                continue;
            }
            if (file.isModule()) {
                CompiledModule module = compiler.compile(file.path(), file.content());
                bundle.put(jsPath(file.path()), nodeReady(module, paths).getBytes(StandardCharsets.UTF_8));
            }
            else if (file.isData()) {
                bundle.put(file.path(), file.content().getBytes(StandardCharsets.UTF_8));
            }
        }
        bundle.put("package.json", "{\"type\": \"module\", \"private\": true}\n".getBytes(StandardCharsets.UTF_8));
        bundle.put("faibric-server.mjs", resource("faibric-server.mjs"));
        bundle.put("node_modules/faibric/package.json", resource("package.json"));
        bundle.put("node_modules/faibric/data.mjs", resource("data.mjs"));
        return bundle;
    }

    private static Optional<String> pageImportsServer(SourceFile page) {
        if (page.content().contains("server/")
                && Pattern.compile("(?:from|import)\\s*\\(?\\s*[\"'](?:\\./|\\.\\./)+server/")
                    .matcher(page.content())
                    .find()) {
            return Optional.of(page.path() + ": pages cannot import server code; call it with fetch('/api/...')");
        }
        return Optional.empty();
    }

    private static Optional<String> importProblem(String from, String specifier, Set<String> paths) {
        if (specifier.startsWith("./") || specifier.startsWith("../")) {
            String target = ImportPaths.resolve(from, specifier);
            if (target == null || !target.startsWith(SourceFile.SERVER_FOLDER)) {
                return Optional
                    .of(from + ": import '" + specifier + "' leaves server/ (server code imports only server modules)");
            }
            if (ImportPaths.candidates(target).stream().noneMatch(paths::contains)) {
                return Optional.of(from + ": import '" + specifier + "' does not match any file of the app");
            }
            return Optional.empty();
        }
        if (NodeModules.refused(specifier)) {
            return Optional.of(from + ": import '" + specifier + "' is not allowed in an app's server (it may not "
                    + "start processes, run other code or open raw sockets; use fetch or node:http)");
        }
        if (!NodeModules.allowed(specifier)) {
            return Optional.of(from + ": import '" + specifier + "' is not available on the server; it may import "
                    + NodeModules.allowedList() + " and its own files under server/ (packages are not installed)");
        }
        return Optional.empty();
    }

    private static String jsPath(String path) {
        return path.replaceFirst("\\.(ts|js)$", ".js");
    }

    /** Relative imports as Node resolves them: to the exact {@code .js} file. */
    private static String nodeReady(CompiledModule module, Set<String> paths) {
        String code = module.javascript();
        for (String specifier : module.imports()) {
            if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
                continue;
            }
            String target = ImportPaths.resolve(module.path(), specifier);
            if (target == null) {
                continue;
            }
            String file = ImportPaths.candidates(target).stream().filter(paths::contains).findFirst().orElse(null);
            if (file == null || file.endsWith(".json")) {
                continue;
            }
            String relative = relativeFrom(module.path(), jsPath(file));
            code = code.replaceAll("((?:\\bfrom|\\bimport)\\s*\\(?\\s*)([\"'])" + Pattern.quote(specifier) + "\\2",
                    "$1$2" + Matcher.quoteReplacement(relative) + "$2");
        }
        return code;
    }

    private static String relativeFrom(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            path.append("../");
        }
        if (path.isEmpty()) {
            path.append("./");
        }
        for (int i = common; i < b.length; i++) {
            path.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return path.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ServerCode.class.getClassLoader().getResourceAsStream(RUNTIME + name)) {
            if (in == null) {
                throw new IllegalStateException("the server runtime's " + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
