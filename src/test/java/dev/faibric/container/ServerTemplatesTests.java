package dev.faibric.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    private long projectId;

    private String slug = "";

    @Autowired
    private DockerEngine engine;

    private JsonNode deployed(String prompt, String template) {
        JsonNode created = api().generate(prompt).json();
        projectId = created.path("id").asLong();
        slug = created.path("slug").asString();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            JsonNode deployed = socket.awaitAny(WAIT, "deployed", "error");
            assertThat(deployed.path("type").asString()).as("%s after %s", deployed, socket.types())
                .isEqualTo("deployed");
            assertThat(api().get("/api/projects/" + created.path("id").asLong())
                .json()
                .path("reusedComponents")
                .toString()).contains(template);
            assertThat(deployed.path("tier").asString()).isEqualTo("docker");
            JsonNode version = api().get("/api/projects/" + projectId).json().path("versions").get(0);
            assertThat(version.path("deployed").path("tier").asString()).isEqualTo("docker");
            assertThat(version.path("deployed").path("url").asString()).isEqualTo(deployed.path("url").asString());
            assertThat(version.path("deployed").path("millis").asLong()).isPositive();
            return deployed;
        }
    }

    /**
     * Each test's app goes, with its containers and images, as a project deleted by its
     * owner.
     */
    @AfterEach
    void deleteTheApp() throws Exception {
        if (projectId > 0) {
            HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/projects/" + projectId)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            assertThat(engine.containers(slug)).isEmpty();
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
    void anAiChatKeepsItsKeyOnTheServerAndUsesItOnceTheOwnerSetsIt() {
        JsonNode deployed = deployed("a chatbot that keeps my OpenAI API key on the server", "ai-chat-proxy");
        AppVisitor visitor = new AppVisitor(slug(deployed), port);
        Map<String, Object> question = Map.of("messages", List.of(Map.of("role", "user", "content", "Hello")));

        assertThat(visitor.get("/api/status").json().path("configured").asBoolean()).isFalse();
        Api.Response refused = visitor.post("/api/chat", question);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).contains("OPENAI_API_KEY");

        WireMockServer model = new WireMockServer(
                WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
        try {
            model.stubFor(WireMock.post("/v1/chat/completions").willReturn(WireMock.okJson("""
                    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": "gpt-4o-mini",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello from the model."},
                                  "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}}
                    """)));
            String secrets = "/api/projects/" + projectId + "/secrets/";
            assertThat(api().put(secrets + "OPENAI_BASE_URL", "{\"value\": \"" + model.baseUrl() + "/v1\"}").status())
                .isEqualTo(204);
            assertThat(api().put(secrets + "OPENAI_API_KEY", "{\"value\": \"sk-test-kept-on-the-server\"}").status())
                .isEqualTo(204);

            assertThat(visitor.get("/api/status").json().path("configured").asBoolean()).isTrue();
            assertThat(engine.containers(slug)).as("each restart retires the container before it").hasSize(1);
            Api.Response answered = visitor.post("/api/chat", question);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(answered.json().path("reply").asString()).isEqualTo("Hello from the model.");
            model.verify(WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", WireMock.equalTo("Bearer sk-test-kept-on-the-server"))
                .withRequestBody(WireMock.matchingJsonPath("$.messages[1].content", WireMock.equalTo("Hello"))));
            assertThat(visitor.get("/").body()).doesNotContain("sk-test-kept-on-the-server");
            assertThat(api().get(secrets.substring(0, secrets.length() - 1)).body())
                .doesNotContain("sk-test-kept-on-the-server");
        }
        finally {
            model.stop();
        }
    }

}
