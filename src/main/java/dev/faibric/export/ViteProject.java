package dev.faibric.export;

import dev.faibric.deploy.BrowserFiles;
import dev.faibric.project.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of an exported project, by path: the app's pages under {@code src/} (so their
 * relative imports resolve as they did), its server code under {@code server/}, the
 * entry, the build's configuration, the npm manifest and lockfile, the README, and as the
 * app needs them Faibric's data client with the schema ({@code faibric/}) and the server
 * runtime with a Dockerfile.
 */
final class ViteProject {

    /** What heads the data client's entry in place of its notes for Faibric's build. */
    private static final String CLIENT_HEADER = """
            // `faibric/data`: the client Faibric's hosted apps import to keep shared data and sign their
            // users in, on the app's own origin (/_api/...); in this project the dev server forwards
            // /_api to the app (vite.config.ts). Its modules are in ./data/.
            """;

    private ViteProject() {
    }

    static Map<String, String> files(ExportedVersion app, JsonMapper json) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", ExportReadme.of(app));
        files.put("package.json", NpmFiles.packageJson(app, json));
        files.put("package-lock.json", NpmFiles.lockfile(app));
        files.put("vite.config.ts", ViteConfig.viteConfig(app, json));
        files.put("tsconfig.json", ViteConfig.tsconfig(app, json));
        files.put("index.html", EntryFiles.indexHtml(app));
        files.put(".gitignore", ExportResources.text("gitignore"));
        files.put("src/" + EntryFiles.entryName(app.files()), EntryFiles.main(app));
        if (EntryFiles.addsTailwind(app)) {
            files.put("src/" + EntryFiles.TAILWIND, "@import \"tailwindcss\";\n");
        }
        for (SourceFile file : app.files()) {
            boolean tailwind = file.isStylesheet() && BrowserFiles.importsTailwind(file.content());
            files.put(file.isServer() ? file.path() : "src/" + file.path(),
                    tailwind ? BrowserFiles.tailwindStylesheet(file.content()) : file.content());
        }
        if (app.dataBacked() || app.hasServer()) {
            ExportResources.client().forEach((path, content) -> {
                boolean entry = path.equals("faibric-data.ts");
                files.put(entry ? ViteConfig.CLIENT : "faibric/" + path, entry ? withHeader(content) : content);
            });
        }
        if (app.schema() != null) {
            files.put("faibric/schema.json", app.schema());
        }
        if (app.hasServer()) {
            files.put("faibric/server/faibric-server.mjs", ExportResources.serverRuntime("faibric-server.mjs"));
            files.put("faibric/server/data.mjs", ExportResources.serverRuntime("data.mjs"));
            files.put("Dockerfile",
                    ExportResources.text("Dockerfile")
                        .replace("{{DATA_URL}}", app.dataUrl())
                        .replace("{{APP_HOST}}", app.appHost()));
            files.put(".dockerignore", ExportResources.text("dockerignore"));
        }
        return files;
    }

    /**
     * The client's entry with its leading comment, written for Faibric's build, replaced.
     */
    private static String withHeader(String entry) {
        String code = entry.lines().dropWhile(line -> line.startsWith("//")).collect(Collectors.joining("\n"));
        return CLIENT_HEADER + code + "\n";
    }

}
