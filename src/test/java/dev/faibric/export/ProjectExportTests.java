package dev.faibric.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerKeys;
import dev.faibric.support.Api;
import dev.faibric.support.ExportDownload;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/projects/{id}/versions/{n}/export} for apps the offline composer makes:
 * exactly the files of a Vite project of that version (nothing the platform keeps for
 * itself, no secret), for a frontend-only app, one that keeps data and one with server
 * code; 404 for what is not there.
 */
class ProjectExportTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    /** What every export has besides the app's own files. */
    private static final Set<String> PROJECT_FILES = Set.of("README.md", "package.json", "package-lock.json",
            "vite.config.ts", "tsconfig.json", "index.html", ".gitignore", "src/main.tsx");

    @Autowired
    private ProjectVersions versions;

    @Autowired
    private ServerKeys serverKeys;

    @Autowired
    private AppRuntime runtime;

    private final List<Long> made = new ArrayList<>();

    /** The apps go, with any container of their server code. */
    @AfterEach
    void deleteTheApps() {
        made.forEach(id -> api().delete("/api/projects/" + id));
    }

    private App generated(String prompt) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        made.add(id);
        try (SocketClient socket = socket(id, "")) {
            // Server code's container may or may not start here; the version is stored
            // before.
            socket.awaitAny(WAIT, "deployed", "error");
            assertThat(socket.types()).as(socket.received().toString()).contains("complete");
        }
        return new App(id, created.path("slug").asString(), versions.find(id, 1).orElseThrow().files());
    }

    private record App(long id, String slug, List<SourceFile> files) {

        Set<String> expected(Set<String> besides) {
            Set<String> paths = new TreeSet<>(PROJECT_FILES);
            paths.addAll(besides);
            files.forEach(f -> paths.add(f.isServer() ? f.path() : "src/" + f.path()));
            return paths;
        }

    }

    @Test
    void aFrontendOnlyAppIsAViteProjectOfItsFiles() {
        App app = generated("a tip calculator");
        assertThat(api()
            .put("/api/projects/" + app.id() + "/environment",
                    "{\"variables\": {\"VITE_GREETING\": \"Hello \\\"there\\\" $HOME\"}}")
            .status()).isEqualTo(200);

        ExportDownload export = ExportDownload.of(baseUrl(), app.id(), 1, "");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo("application/zip");
        assertThat(export.disposition()).isEqualTo("attachment; filename=\"" + app.slug() + "-v1.zip\"");
        assertThat(export.folder()).isEqualTo(app.slug() + "-v1");
        assertThat(new TreeSet<>(export.files().keySet())).isEqualTo(app.expected(Set.of()));
        app.files().forEach(f -> assertThat(export.files().get("src/" + f.path())).isEqualTo(f.content()));
        JsonNode manifest = Api.JSON.readTree(export.files().get("package.json"));
        assertThat(manifest.path("name").asString()).isEqualTo(app.slug());
        assertThat(manifest.path("scripts").path("build").asString()).isEqualTo("vite build");
        assertThat(manifest.path("scripts").has("build:server")).isFalse();
        assertThat(manifest.path("dependencies").propertyNames()).containsExactly("clsx", "date-fns", "lucide-react",
                "react", "react-dom", "react-is", "recharts");
        assertThat(runtime.modules()).as("what the import map offers apps, the export has")
            .allMatch(module -> module.equals("faibric/data")
                    || manifest.path("dependencies").has(module.replaceFirst("/.*", "")));
        JsonNode lock = Api.JSON.readTree(export.files().get("package-lock.json"));
        assertThat(lock.path("name").asString()).isEqualTo(app.slug());
        assertThat(lock.path("packages").path("").path("dependencies")).isEqualTo(manifest.path("dependencies"));
        assertThat(lock.path("packages").path("").path("devDependencies")).isEqualTo(manifest.path("devDependencies"));
        assertThat(export.files().get("src/main.tsx")).contains("import App from './App';")
            .contains("createRoot(document.getElementById('root')!");
        assertThat(export.files().get("index.html")).contains("<script type=\"module\" src=\"/src/main.tsx\">")
            .doesNotContain("importmap")
            .doesNotContain("_runtime");
        assertThat(export.files().get("vite.config.ts")).contains("\"VITE_GREETING\":\"Hello \\\"there\\\" $HOME\"")
            .doesNotContain("/_api")
            .doesNotContain("faibric/data");
        assertThat(export.files().get("README.md")).contains("npm ci", "npm run dev", "npm run build", "VITE_GREETING")
            .doesNotContain("## Its data")
            .doesNotContain("## Its server code");
    }

    @Test
    void aDataBackedAppBringsItsSchemaAndTheDataClientReachingTheDeployedApp() {
        App app = generated("a guestbook for our wedding");

        ExportDownload export = ExportDownload.of(baseUrl(), app.id(), 1, "/");

        assertThat(export.status()).isEqualTo(200);
        Set<String> client = new TreeSet<>(Set.of("faibric/data.ts", "faibric/schema.json"));
        export.files().keySet().stream().filter(p -> p.startsWith("faibric/data/")).forEach(client::add);
        assertThat(client).contains("faibric/data/auth.ts", "faibric/data/collection.ts", "faibric/data/hooks.ts",
                "faibric/data/http.ts", "faibric/data/live.ts", "faibric/data/query.ts", "faibric/data/types.ts");
        assertThat(client).noneMatch(p -> p.contains(".test.") || p.contains("testing"));
        assertThat(new TreeSet<>(export.files().keySet())).isEqualTo(app.expected(client));
        JsonNode schema = Api.JSON.readTree(export.files().get("faibric/schema.json"));
        assertThat(schema.path("collections").path("entries").path("fields").has("message")).isTrue();
        assertThat(export.files().get("faibric/data.ts")).contains("export { useCollection, useRow, useUser }")
            .doesNotContain("build-runtime");
        String appUrl = "http://" + app.slug() + ".apps.localhost:" + port + "/";
        assertThat(export.files().get("vite.config.ts")).contains("'/_api': toApp(appUrl)")
            .contains("process.env.FAIBRIC_APP_URL ?? '" + appUrl + "'")
            .contains("find: /^faibric\\/data$/")
            .doesNotContain("'/api'");
        assertThat(Api.JSON.readTree(export.files().get("tsconfig.json")).path("compilerOptions").path("paths"))
            .hasToString("{\"faibric/data\":[\"./faibric/data.ts\"]}");
        assertThat(export.files().get("README.md")).contains("## Its data", appUrl, "FAIBRIC_APP_URL")
            .doesNotContain("## Its server code");
    }

    @Test
    void anAppWithServerCodeBringsItAndADockerfileButNoSecret() {
        App app = generated("a URL shortener that counts clicks");
        String secret = "do-not-export-" + app.id();
        assertThat(
                api().put("/api/projects/" + app.id() + "/secrets/SHORTENER_TOKEN", "{\"value\": \"" + secret + "\"}")
                    .status())
            .isEqualTo(204);

        ExportDownload export = ExportDownload.of(baseUrl(), app.id(), 1, "");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.files()).containsKeys("server/index.ts", "server/codes.ts",
                "faibric/server/faibric-server.mjs", "faibric/server/data.mjs", "Dockerfile", ".dockerignore",
                "faibric/schema.json", "faibric/data.ts");
        Set<String> besides = new TreeSet<>(export.files().keySet());
        besides.removeIf(p -> !p.startsWith("faibric/") && !p.equals("Dockerfile") && !p.equals(".dockerignore"));
        assertThat(new TreeSet<>(export.files().keySet())).isEqualTo(app.expected(besides));
        assertThat(besides).allMatch(p -> p.equals("Dockerfile") || p.equals(".dockerignore")
                || p.startsWith("faibric/data") || p.equals("faibric/schema.json") || p.startsWith("faibric/server/"));
        String dockerfile = export.files().get("Dockerfile");
        assertThat(dockerfile).contains("FROM node:20-alpine", "USER node", "RUN npm run build:server",
                "FAIBRIC_APP_HOST=" + app.slug() + ".apps.localhost", "FAIBRIC_DATA_URL=http://127.0.0.1:" + port,
                "CMD [\"node\", \"faibric-server.mjs\"]");
        JsonNode scripts = Api.JSON.readTree(export.files().get("package.json")).path("scripts");
        assertThat(scripts.path("build:server").asString()).contains("esbuild server/index.ts --bundle");
        assertThat(scripts.path("start:server").asString()).isEqualTo("node build/faibric-server.mjs");
        assertThat(export.files().get("vite.config.ts")).contains("'/api': process.env.FAIBRIC_SERVER_URL");
        assertThat(export.files().get("README.md")).contains("## Its server code", "docker build", "`SHORTENER_TOKEN`",
                "FAIBRIC_SERVER_KEY");
        String key = serverKeys.key(app.id());
        export.files()
            .forEach((path, content) -> assertThat(content).as(path)
                .doesNotContain(secret)
                .doesNotContain(key)
                .doesNotContain("fsk_"));
    }

    @Test
    void anUnknownVersionOrProjectIsNotFound() {
        App app = generated("a tip calculator");

        ExportDownload version = ExportDownload.of(baseUrl(), app.id(), 2, "");
        ExportDownload project = ExportDownload.of(baseUrl(), 987654321, 1, "/");
        ExportDownload malformed = ExportDownload.of(baseUrl(), "/api/projects/" + app.id() + "/versions/01/export");

        assertThat(version.status()).isEqualTo(404);
        assertThat(version.contentType()).startsWith("application/problem+json");
        assertThat(Api.JSON.readTree(version.body()).path("detail").asString())
            .isEqualTo("Project " + app.id() + " has no version 2");
        assertThat(project.status()).isEqualTo(404);
        assertThat(Api.JSON.readTree(project.body()).path("detail").asString())
            .isEqualTo("No project with id 987654321");
        assertThat(malformed.status()).isEqualTo(400);
    }

}
