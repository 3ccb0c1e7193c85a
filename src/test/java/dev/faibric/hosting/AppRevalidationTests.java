package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Browsers revalidate an app's files on every load ({@code no-cache}); unchanged files
 * must cost a 304, and a new deployment must never be hidden behind an old validator.
 */
class AppRevalidationTests extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    PreviewKeys previews;

    private long id;

    private String slug;

    @BeforeEach
    void deployAnApp() {
        JsonNode created = api().generate("a tip calculator").json();
        id = created.path("id").asLong();
        slug = created.path("slug").asString();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(20));
        }
    }

    @Test
    void aDeployedFileIsAnsweredNotModifiedWhenItsEtagMatches() {
        HttpResponse<String> first = get("App.js", Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = header(first, "ETag");
        assertThat(etag).matches("\"v1-[0-9a-f]{32}\"");
        assertThat(header(first, "Last-Modified")).isNotEmpty();
        assertThat(header(first, "Cache-Control")).isEqualTo("no-cache");

        HttpResponse<String> again = get("App.js", Map.of("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Cache-Control")).isEqualTo("no-cache");
        assertSecurityHeaders(again);
    }

    @Test
    void aDeployedFileIsAnsweredNotModifiedWhenItHasNotChangedSinceTheDateTheClientHas() {
        HttpResponse<String> first = get("", Map.of());
        String lastModified = header(first, "Last-Modified");

        HttpResponse<String> again = get("", Map.of("If-Modified-Since", lastModified));
        HttpResponse<String> stale = get("", Map.of("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(header(first, "ETag"));
        assertSecurityHeaders(again);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body()).contains("<div id=\"root\"></div>");
    }

    @Test
    void aNewVersionChangesTheEtagAndTheOldEtagGetsTheNewContent() {
        HttpResponse<String> before = get("App.js", Map.of());
        String oldTag = header(before, "ETag");

        deployTheNextVersion();

        HttpResponse<String> revalidated = get("App.js", Map.of("If-None-Match", oldTag));
        HttpResponse<String> current = get("App.js", Map.of());
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(header(revalidated, "ETag")).matches("\"v2-[0-9a-f]{32}\"").isNotEqualTo(oldTag);
        assertThat(revalidated.body()).isEqualTo(current.body()).contains("export default function App");
        assertThat(get("App.js", Map.of("If-None-Match", header(revalidated, "ETag"))).statusCode()).isEqualTo(304);
    }

    @Test
    void aHeadRequestGetsTheSameValidatorsAndANotModifiedAnswer() {
        HttpResponse<String> get = get("App.js", Map.of());
        HttpResponse<String> head = head("App.js", Map.of());
        HttpResponse<String> conditional = head("App.js", Map.of("If-None-Match", header(get, "ETag")));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().getBytes().length));
        assertThat(conditional.statusCode()).isEqualTo(304);
    }

    @Test
    void thePreviewIsRevalidatedLikeTheLiveApp() {
        String preview = "/apps/" + previews.previewName(slug) + "/";
        HttpResponse<String> first = send(preview + "App.js", "GET", Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "ETag")).matches("\"p\\d+-[0-9a-f]{32}\"");

        HttpResponse<String> again = send(preview + "App.js", "GET", Map.of("If-None-Match", header(first, "ETag")));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aRuntimeFileHasAnEtagAndIsAnsweredNotModifiedWhenItMatches() {
        HttpResponse<String> first = get("_runtime/react.js", Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = header(first, "ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(header(first, "Cache-Control")).isEqualTo("public, max-age=3600");

        HttpResponse<String> again = get("_runtime/react.js", Map.of("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Cache-Control")).isEqualTo("public, max-age=3600");
        assertSecurityHeaders(again);
    }

    /**
     * The first build's lease is released just after it reports {@code deployed}, so the
     * change may be refused for a moment.
     */
    private void deployTheNextVersion() {
        try (SocketClient socket = socket(id, "")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int status;
            while ((status = modify()) == 409 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(status).isEqualTo(202);
            while (socket.await("deployed", Duration.ofSeconds(30)).path("version").asInt() < 2) {
                // earlier events are replayed to a new socket
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int modify() {
        return api()
            .post("/api/v2/projects/" + id + "/modify/", "application/json",
                    Api.JSON.writeValueAsString(Map.of("request", "make it blue")))
            .status();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(header(response, "Content-Security-Policy")).contains("object-src 'none'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private HttpResponse<String> get(String file, Map<String, String> headers) {
        return send("/apps/" + slug + "/" + file, "GET", headers);
    }

    private HttpResponse<String> head(String file, Map<String, String> headers) {
        return send("/apps/" + slug + "/" + file, "HEAD", headers);
    }

    private HttpResponse<String> send(String path, String method, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
