package dev.faibric.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The offline composer's apps with server code, from a prompt on a fresh install to a
 * running container: chosen from the request, deployed by the Docker tier under the
 * default strategy, and doing on the server what must not happen in a browser.
 */
class ServerTemplatesTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void baseImage() {
        DockerBase.ensure();
    }

    /** Generates an app and waits until it is live; its {@code deployed} event. */
    private JsonNode deployed(String prompt, String template) {
        JsonNode created = api().generate(prompt).json();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            JsonNode deployed = socket.awaitAny(WAIT, "deployed", "error");
            assertThat(deployed.path("type").asString()).as(socket.received().toString()).isEqualTo("deployed");
            assertThat(api().get("/api/projects/" + created.path("id").asLong())
                .json()
                .path("reusedComponents")
                .toString()).contains(template);
            assertThat(deployed.path("tier").asString()).isEqualTo("docker");
            return deployed;
        }
    }

    private static String slug(JsonNode deployed) {
        return URI.create(deployed.path("url").asString()).getHost().split("\\.")[0];
    }

    @Test
    void aUrlShortenerRedirectsOnItsServerAndCountsClicks() throws Exception {
        JsonNode deployed = deployed("a URL shortener that counts clicks", "url-shortener");
        AppVisitor visitor = new AppVisitor(slug(deployed), port);

        Api.Response made = visitor.post("/api/links",
                Map.of("target", "https://example.com/launch/notes", "code", "launch"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(visitor.post("/api/links", Map.of("target", "https://example.com/other", "code", "launch")).status())
            .isEqualTo(409);
        assertThat(visitor.post("/api/links", Map.of("target", "javascript:alert(1)")).status()).isEqualTo(400);
        Api.Response random = visitor.post("/api/links", Map.of("target", "https://example.com/a"));
        assertThat(random.json().path("code").asString()).hasSize(7);

        HttpResponse<Void> go = noRedirects.send(
                HttpRequest.newBuilder(URI.create(visitor.origin() + "/api/go/launch")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(go.statusCode()).isEqualTo(302);
        assertThat(go.headers().firstValue("location")).hasValue("https://example.com/launch/notes");
        JsonNode links = visitor.get("/_api/data/links?code=launch").json();
        assertThat(links.path("items").get(0).path("clicks").asInt()).isEqualTo(1);
        // Only the app's server writes links: a visitor cannot, whatever the page does.
        assertThat(visitor.post("/_api/data/links", Map.of("code", "x1", "target", "https://evil.example")).status())
            .isEqualTo(401);
    }

    @Test
    void aWebhookInboxKeepsWhatOtherServicesPost() throws Exception {
        JsonNode deployed = deployed("a webhook inbox to catch and inspect webhooks from Stripe", "webhook-inbox");
        AppVisitor visitor = new AppVisitor(slug(deployed), port);

        HttpResponse<String> hook = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(visitor.origin() + "/api/hooks/stripe"))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", "t=1,v1=abc")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"invoice.paid\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(hook.statusCode()).as(hook.body()).isEqualTo(202);
        JsonNode kept = visitor.get("/_api/data/deliveries?channel=stripe").json().path("items").get(0);
        assertThat(kept.path("body").asString()).isEqualTo("{\"type\":\"invoice.paid\"}");
        assertThat(kept.path("method").asString()).isEqualTo("POST");
        assertThat(kept.path("headers").asString()).contains("stripe-signature").doesNotContain("cookie");
        assertThat(visitor.get("/api/hooks/stripe").status()).isEqualTo(405);
    }

    @Test
    void anAiChatKeepsItsKeyOnTheServerAndSaysWhenItHasNone() {
        JsonNode deployed = deployed("a chatbot that keeps my OpenAI API key on the server", "ai-chat-proxy");
        AppVisitor visitor = new AppVisitor(slug(deployed), port);

        assertThat(visitor.get("/api/status").json().path("configured").asBoolean()).isFalse();
        Api.Response refused = visitor.post("/api/chat",
                Map.of("messages", java.util.List.of(Map.of("role", "user", "content", "Hello"))));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).contains("OPENAI_API_KEY");
        assertThat(visitor.get("/").body()).doesNotContain("OPENAI_API_KEY=");
    }

}
