package dev.faibric.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service with OpenAI as its provider and Anthropic as the fallback, both played by
 * one WireMock server that speaks their real streaming formats. Each test scripts the
 * answers in order.
 */
@TestPropertySource(properties = { "faibric.ai.provider=openai", "faibric.ai.fallback=anthropic",
        "faibric.library.enable-code-reuse=false" })
public abstract class ModelIntegrationTest extends IntegrationTest {

    protected static final WireMockServer VENDOR = new WireMockServer(options().dynamicPort());

    protected static final String OPENAI = "/v1/chat/completions";

    protected static final String ANTHROPIC = "/v1/messages";

    protected static final Duration WAIT = Duration.ofSeconds(30);

    static {
        VENDOR.start();
    }

    @DynamicPropertySource
    static void vendors(DynamicPropertyRegistry registry) {
        registry.add("faibric.ai.openai.api-key", () -> "sk-test-openai");
        registry.add("faibric.ai.openai.base-url", () -> "http://localhost:" + VENDOR.port() + "/v1");
        registry.add("faibric.ai.anthropic.api-key", () -> "sk-ant-test");
        registry.add("faibric.ai.anthropic.base-url", () -> "http://localhost:" + VENDOR.port() + "/v1/");
        registry.add("faibric.ai.backoff", () -> "50ms");
    }

    @BeforeEach
    void resetVendor() {
        VENDOR.resetAll();
    }

    /** The answers {@code path} gives, one per call, in order; the last one repeats. */
    protected static void answers(String path, ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "call-" + (i + 2);
            ScenarioMappingBuilder stub = post(urlEqualTo(path)).inScenario(path)
                .whenScenarioStateIs(state)
                .willReturn(responses[i]);
            if (!next.equals(state)) {
                stub = stub.willSetStateTo(next);
            }
            VENDOR.stubFor(stub);
            state = next;
        }
    }

    /**
     * An OpenAI stream of {@code answer}, dribbled over {@code millis} as a model would.
     */
    protected static ResponseDefinitionBuilder openAi(String answer, int millis) {
        List<String> events = VendorStreams.openAiEvents(VendorStreams.chunks(answer, 12), 1500, true);
        return aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withBody(String.join("", events))
            .withChunkedDribbleDelay(Math.min(40, events.size()), millis);
    }

    protected static ResponseDefinitionBuilder anthropic(String answer, int millis) {
        List<String> events = VendorStreams.anthropicEvents(VendorStreams.chunks(answer, 12), 1400);
        return aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withBody(String.join("", events))
            .withChunkedDribbleDelay(Math.min(40, events.size()), millis);
    }

    /**
     * A simulated model on {@code path} (OpenAI or Anthropic) answering with its exact
     * stream format: nothing for {@code firstToken}, then {@code answer} at
     * {@code tokensPerSecond}, {@code charsPerToken} characters a token.
     */
    protected static ResponseDefinitionBuilder simulated(String path, String answer, Duration firstToken,
            int tokensPerSecond, int charsPerToken) {
        List<String> chunks = VendorStreams.chunks(answer, charsPerToken);
        List<String> events = path.equals(ANTHROPIC) ? VendorStreams.anthropicEvents(chunks, 1400)
                : VendorStreams.openAiEvents(chunks, 1200, true);
        int streamMillis = (int) (1000L * chunks.size() / tokensPerSecond);
        return aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withFixedDelay((int) firstToken.toMillis())
            .withBody(String.join("", events))
            .withChunkedDribbleDelay(Math.min(events.size(), 200), streamMillis);
    }

    /** What a build sent, up to and including its {@code deployed} or {@code error}. */
    protected record Run(long id, String slug, List<JsonNode> events) {

        public List<String> types() {
            return events.stream().map(e -> e.path("type").asString()).toList();
        }

        public JsonNode last(String type) {
            return events.reversed()
                .stream()
                .filter(e -> e.path("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
        }

    }

    protected Run generate(String prompt) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.awaitAny(WAIT, "deployed", "error");
            return new Run(id, created.path("slug").asString(), List.copyOf(socket.received()));
        }
    }

    protected Run change(Run project, String request) {
        try (SocketClient socket = socket(project.id(), "?after=" + project.events().size())) {
            assertThat(api()
                .post("/api/v2/projects/" + project.id() + "/modify/", "application/json",
                        "{\"request\": \"" + request + "\"}")
                .status()).isEqualTo(202);
            socket.awaitAny(WAIT, "deployed", "error");
            return new Run(project.id(), project.slug(), List.copyOf(socket.received()));
        }
    }

    protected int aiCalls(long id, int version) {
        for (JsonNode v : api().get("/api/projects/" + id + "/").json().path("versions")) {
            if (v.path("number").asInt() == version) {
                return v.path("cost").path("aiCalls").asInt();
            }
        }
        throw new AssertionError("no version " + version);
    }

    protected static ResponseDefinitionBuilder status(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json);
    }

}
