package dev.faibric.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.faibric.servercode.ServerKeys;
import dev.faibric.support.Browser;
import dev.faibric.support.Commands;
import dev.faibric.support.ExportDownload;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An export built for real, as its README says: unzipped, {@code npm ci} against the
 * registry (its cache first), {@code npm run typecheck}, {@code npm run build} and
 * {@code npm run build:server}, each without an error or a warning; then the built server
 * code run with Node and the built pages served by {@code vite preview}, both reaching
 * the app's data on this Faibric. One app, a URL shortener, keeps data and has server
 * code, so one {@code npm ci} covers the most. Needs Node.js 20.19+ and npm; fails, never
 * skips, without them.
 */
class ExportBuildTests extends IntegrationTest {

    private static final Duration INSTALL = Duration.ofMinutes(5);

    private static final Duration BUILD = Duration.ofMinutes(2);

    /**
     * What a build that cannot find a module says (Vite, Rollup, esbuild, TypeScript,
     * Node).
     */
    private static final List<String> MISSING = List.of("could not resolve", "failed to resolve", "cannot find module",
            "cannot find name", "is not exported by", "missing");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    private ServerKeys serverKeys;

    private final List<Process> started = new ArrayList<>();

    private long projectId;

    @BeforeAll
    static void nodeAndNpm() {
        Path here = Path.of(".");
        String node = version(here, "node");
        String[] parts = node.replaceFirst("^v", "").split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        assertThat(major > 20 || (major == 20 && minor >= 19))
            .as("an exported project needs Node.js 20.19 or newer (Vite 7); this machine has " + node)
            .isTrue();
        version(here, "npm");
    }

    private static String version(Path directory, String program) {
        try {
            Commands.Result result = Commands.run(directory, Duration.ofSeconds(30), program, "--version");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            return result.output().strip();
        }
        catch (UncheckedIOException e) {
            return fail(program + " is not on the PATH: this test builds an exported project with Node.js 20.19+ and"
                    + " npm (on Debian: apt-get install nodejs npm)", e);
        }
    }

    @AfterEach
    void stopWhatStarted() {
        started.forEach(Commands::stop);
        if (projectId > 0) {
            api().delete("/api/projects/" + projectId);
        }
    }

    @Test
    void aDataBackedAppWithServerCodeInstallsBuildsAndReachesItsData(@TempDir Path temp) throws Exception {
        JsonNode created = api().generate("a URL shortener that counts clicks").json();
        projectId = created.path("id").asLong();
        String slug = created.path("slug").asString();
        try (SocketClient socket = socket(projectId, "")) {
            socket.awaitAny(Duration.ofSeconds(90), "deployed", "error");
            assertThat(socket.types()).as(socket.received().toString()).contains("complete");
        }
        ExportDownload export = ExportDownload.of(baseUrl(), projectId, 1, "");
        assertThat(export.status()).isEqualTo(200);
        Path project = temp.resolve(export.folder());
        export.unzipTo(project);

        Commands.Result install = succeeds(project, INSTALL, "npm", "ci", "--no-audit", "--no-fund",
                "--prefer-offline");
        Commands.Result typecheck = clean(succeeds(project, BUILD, "npm", "run", "typecheck"));
        Commands.Result build = clean(succeeds(project, BUILD, "npm", "run", "build"));
        Commands.Result server = clean(succeeds(project, BUILD, "npm", "run", "build:server"));
        System.out.printf("Export build: npm ci %d ms, typecheck %d ms, build %d ms, build:server %d ms%n",
                install.took().toMillis(), typecheck.took().toMillis(), build.took().toMillis(),
                server.took().toMillis());

        assertThat(project.resolve("dist/index.html")).exists();
        assertThat(Files.readString(project.resolve("dist/index.html"))).contains("<div id=\"root\"></div>")
            .containsPattern("<script type=\"module\" crossorigin src=\"./assets/index-[^\"]+\\.js\">");
        assertThat(project.resolve("build/server/index.js")).exists();
        assertThat(project.resolve("build/faibric-server.mjs")).exists();

        theBuiltServerShortensThroughTheAppsData(project, slug, temp);
        thePreviewServesThePagesAndReachesTheAppsDataApi(project, temp);
    }

    /**
     * The server code, built and run with Node, keeps its links in the app's data here.
     */
    private void theBuiltServerShortensThroughTheAppsData(Path project, String slug, Path temp) throws Exception {
        int port = Commands.freePort();
        Map<String, String> environment = Map.of("PORT", String.valueOf(port), "HOST", "127.0.0.1", "FAIBRIC_DATA_URL",
                baseUrl(), "FAIBRIC_APP_HOST", slug + ".apps.localhost", "FAIBRIC_SERVER_KEY",
                serverKeys.key(projectId));
        Path log = temp.resolve("server.log");
        started.add(Commands.start(project, environment, log, "node", "build/faibric-server.mjs"));
        String server = "http://127.0.0.1:" + port;
        awaitUp(server + "/_health", log);

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(server + "/api/links"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"target\": \"https://example.com/exported\", \"code\": \"exp\"}"))
            .build());
        assertThat(created.statusCode()).as(created.body() + Files.readString(log)).isEqualTo(201);
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(server + "/api/go/exp")).build());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).hasValue("https://example.com/exported");
    }

    /**
     * {@code vite preview} serves {@code dist/} and forwards {@code /_api} to the app as
     * its own pages: reads, and a sign-up (a change, refused from any other origin).
     */
    private void thePreviewServesThePagesAndReachesTheAppsDataApi(Path project, Path temp) throws Exception {
        int port = Commands.freePort();
        Path log = temp.resolve("preview.log");
        started.add(Commands.start(project, Map.of(), log, "node", "node_modules/vite/bin/vite.js", "preview", "--host",
                "127.0.0.1", "--port", String.valueOf(port), "--strictPort"));
        String preview = "http://127.0.0.1:" + port;
        awaitUp(preview + "/", log);

        assertThat(send(HttpRequest.newBuilder(URI.create(preview + "/")).build()).body())
            .contains("<div id=\"root\"></div>");
        HttpResponse<String> links = send(HttpRequest.newBuilder(URI.create(preview + "/_api/data/links")).build());
        assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
        assertThat(links.body()).contains("\"code\":\"exp\"", "https://example.com/exported");
        HttpResponse<String> signUp = send(HttpRequest.newBuilder(URI.create(preview + "/_api/auth/signup"))
            .header("Content-Type", "application/json")
            .header("Origin", preview)
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"email\": \"preview@example.com\", \"password\": \"long enough password\"}"))
            .build());
        assertThat(signUp.statusCode()).as(signUp.body() + Files.readString(log)).isEqualTo(201);
        assertThat(signUp.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("faibric_app_session="));

        browser.openApp(preview + "/");
        assertThat(browser.text("[data-testid=link]")).as(browser.snapshot()).contains("exp");
        assertThat(browser.consoleProblems()).as(browser.snapshot()).isEmpty();
    }

    private static Commands.Result succeeds(Path directory, Duration timeout, String... command) {
        Commands.Result result = Commands.run(directory, timeout, command);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(said(result)).as(result.toString()).doesNotContain(MISSING.toArray(String[]::new));
        return result;
    }

    /** A build step that said nothing but what it built: no warning, no error. */
    private static Commands.Result clean(Commands.Result result) {
        assertThat(said(result)).as(result.toString()).doesNotContain("warn", "error", "(!)");
        return result;
    }

    /** What the command said, in lower case, without npm's echo of the script it runs. */
    private static String said(Commands.Result result) {
        return result.output()
            .lines()
            .filter(line -> !line.startsWith("> "))
            .map(line -> line.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    }

    private static void awaitUp(String url, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode() == 200) {
                    return;
                }
            }
            catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail(url + " did not answer within 30 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        // HTTP/1.1 alone: an offer to upgrade to HTTP/2 is a WebSocket-style upgrade to
        // Vite's server.
        return HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build()
            .send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
    }

}
