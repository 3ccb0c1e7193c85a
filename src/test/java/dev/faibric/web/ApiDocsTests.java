package dev.faibric.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API described: the OpenAPI document, and Swagger UI served from the jar. */
class ApiDocsTests extends IntegrationTest {

    /** The first document is built on demand, which takes seconds on a busy machine. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theDocumentDescribesEveryEndpointItsErrorsAndHowToSignIn() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = Api.JSON.readTree(response.body());

        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("paths").propertyNames()).contains("/api/v2/generate/", "/api/v2/projects/{id}/modify/",
                "/api/projects/", "/api/projects/{id}/", "/api/projects/{id}/environment",
                "/api/projects/{id}/versions/{number}/feedback", "/api/projects/{id}/versions/{number}/export",
                "/api/repository/search/", "/api/repository/templates/", "/api/repository/components/",
                "/api/repository/import", "/api/system/info");
        assertThat(doc.path("paths").propertyNames())
            .noneMatch(path -> path.equals("/error") || path.startsWith("/projects"));

        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())

            .contains("title", "status", "detail");
        JsonNode generate = doc.path("paths").path("/api/v2/generate/").path("post");
        assertThat(generate.path("responses")
            .path("4XX")
            .path("content")
            .path("application/problem+json")
            .path("schema")
            .path("$ref")
            .asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(generate.path("responses").path("5XX").isMissingNode()).isFalse();

        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("sessionCookie").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("sessionCookie").path("name").asString()).isEqualTo("FAIBRIC_SESSION");
        assertThat(schemes.path("csrfHeader").path("name").asString()).isEqualTo("X-XSRF-TOKEN");
        assertThat(schemes.path("bearerAuth").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theBrowsablePageLoadsWithOnlyItsOwnAssets() throws Exception {
        HttpResponse<String> page = get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        List<String> assets = new ArrayList<>();
        Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        while (reference.find()) {
            assets.add(reference.group(1));
        }
        assertThat(assets).isNotEmpty().noneMatch(asset -> asset.contains("//"));
        URI base = page.uri();
        for (String asset : assets) {
            HttpResponse<String> loaded = http.send(HttpRequest.newBuilder(base.resolve(asset)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loaded.statusCode()).as(asset).isEqualTo(200);
        }
        HttpResponse<String> initializer = http.send(
                HttpRequest.newBuilder(base.resolve("swagger-initializer.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(initializer.statusCode()).isEqualTo(200);
        // Its configuration (and so the document it shows) comes from this server.
        assertThat(initializer.body()).contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"");
    }

    @Test
    void theSinglePageRoutesLeaveTheDocsAlone() throws Exception {
        assertThat(get("/v3/api-docs").body()).startsWith("{\"openapi\"");
        assertThat(get("/api/docs").uri().getPath()).isEqualTo("/api/swagger-ui/index.html");
    }

}
