package dev.faibric.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.faibric.project.AppType;
import dev.faibric.support.BrokenStreamServer;
import dev.faibric.support.VendorStreams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The providers against an HTTP server speaking the vendors' real streaming wire formats.
 */
class LlmProvidersTests {

    static final String ANSWER = "<faibric-app type=\"tool\" title=\"Tips\">\n<file path=\"App.tsx\">\n"
            + "export default function App() { return <h1 data-testid=\"app-title\">Tips</h1>; }\n</file>\n</faibric-app>\n";
    static final LlmRequest REQUEST = new LlmRequest("You build apps.", "a tip calculator", AppType.TOOL, null);

    WireMockServer vendor;

    @BeforeEach
    void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
    }

    @AfterEach
    void stop() {
        vendor.stop();
    }

    /** What a sink saw: every chunk, and where the answer was started again. */
    static final class Recording implements TokenSink {

        final List<String> chunks = new ArrayList<>();

        final List<String> restarts = new ArrayList<>();

        final List<String> discarded = new ArrayList<>();

        @Override
        public void accept(String chunk) {
            chunks.add(chunk);
        }

        @Override
        public void restart(String reason) {
            restarts.add(reason);
            discarded.addAll(chunks);
            chunks.clear();
        }

        String text() {
            return String.join("", chunks);
        }

    }

    private String vendorUrl() {
        return "http://localhost:" + vendor.port() + "/v1";
    }

    private LlmProvider providers(String provider, String fallback, String openAiUrl, String anthropicUrl) {
        AiSettings settings = new AiSettings(choice(provider), choice(fallback), "gpt-4o",
                new AiSettings.Vendor("sk-test-openai-key-123456789", openAiUrl, null),
                new AiSettings.Vendor("sk-ant-test-key", anthropicUrl, null), Duration.ofSeconds(10), 2,
                Duration.ofMillis(50));
        return new LlmProviders(settings, List.of()).active();
    }

    private static AiProvider choice(String name) {
        return AiProvider.valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private void openAiStreams(String scenarioState, String nextState, List<String> events) {
        var stub = post(urlEqualTo("/v1/chat/completions"));
        if (scenarioState != null) {
            stub = stub.inScenario("calls").whenScenarioStateIs(scenarioState).willSetStateTo(nextState);
        }
        vendor.stubFor(stub.willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withBody(String.join("", events))
            .withChunkedDribbleDelay(Math.min(events.size(), 20), 200)));
    }

    private void anthropicStreams(List<String> events) {
        vendor.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withBody(String.join("", events))
            .withChunkedDribbleDelay(Math.min(events.size(), 20), 200)));
    }

    @Test
    void openAiStreamsTheAnswerTokenByTokenAndReportsItsUsage() throws Exception {
        openAiStreams(null, null, VendorStreams.openAiEvents(VendorStreams.chunks(ANSWER, 7), 812, true));
        Recording sink = new Recording();

        LlmUsage usage = providers("openai", "none", vendorUrl(), null).stream(REQUEST, sink);

        assertThat(sink.text()).isEqualTo(ANSWER);
        assertThat(sink.chunks).hasSizeGreaterThan(10);
        assertThat(usage.provider()).isEqualTo("openai");
        assertThat(usage.model()).isEqualTo("gpt-4o");
        assertThat(usage.calls()).isEqualTo(1);
        assertThat(usage.inputTokens()).isEqualTo(812);
        assertThat(usage.outputTokens()).isEqualTo(VendorStreams.chunks(ANSWER, 7).size());
        assertThat(usage.timeToFirstToken()).isPositive().isLessThan(usage.duration());
        vendor.verify(1,
                postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withHeader("Authorization", equalTo("Bearer sk-test-openai-key-123456789"))
                    .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                    .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o")))
                    .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                    .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("a tip calculator"))));
    }

    @Test
    void anthropicStreamsTheMessagesEventSequence() throws Exception {
        anthropicStreams(VendorStreams.anthropicEvents(VendorStreams.chunks(ANSWER, 9), 640));
        Recording sink = new Recording();

        LlmUsage usage = providers("anthropic", "none", null, vendorUrl() + "/").stream(REQUEST, sink);

        assertThat(sink.text()).isEqualTo(ANSWER);
        assertThat(usage.provider()).isEqualTo("anthropic");
        assertThat(usage.model()).isEqualTo(LlmProviders.ANTHROPIC_DEFAULT_MODEL);
        assertThat(usage.inputTokens()).isEqualTo(640);
        assertThat(usage.outputTokens()).isEqualTo(VendorStreams.chunks(ANSWER, 9).size());
        vendor.verify(1,
                postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("sk-ant-test-key"))
                    .withRequestBody(matchingJsonPath("$.system[0].text", equalTo("You build apps."))
                        .or(matchingJsonPath("$.system", equalTo("You build apps."))))
                    .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void aRateLimitedCallIsRetriedWithBackOffThenSucceeds() throws Exception {
        vendor.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("calls")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("retried")
            .willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        "{\"error\":{\"message\":\"Rate limit reached for gpt-4o\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}")));
        openAiStreams("retried", "done", VendorStreams.openAiEvents(VendorStreams.chunks(ANSWER, 7), 100, true));
        Recording sink = new Recording();

        LlmUsage usage = providers("openai", "none", vendorUrl(), null).stream(REQUEST, sink);

        assertThat(sink.text()).isEqualTo(ANSWER);
        assertThat(usage.calls()).isEqualTo(2);
        assertThat(sink.restarts).isEmpty();
        vendor.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aServerErrorBeforeTheFirstTokenGoesToTheFallback() throws Exception {
        vendor.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
            .withHeader("Content-Type", "application/json")
            .withBody(
                    "{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\"}}")));
        anthropicStreams(VendorStreams.anthropicEvents(VendorStreams.chunks(ANSWER, 9), 640));
        Recording sink = new Recording();

        LlmUsage usage = providers("openai", "anthropic", vendorUrl(), vendorUrl() + "/").stream(REQUEST, sink);

        assertThat(sink.text()).isEqualTo(ANSWER);
        assertThat(usage.provider()).isEqualTo("anthropic");
        assertThat(usage.calls()).isEqualTo(2);
        assertThat(sink.restarts).singleElement()
            .asString()
            .contains("openai (gpt-4o) is unavailable")
            .contains("Starting again with anthropic");
    }

    @Test
    void anAnswerThatBreaksOffInMidStreamStartsAgainOnTheFallback() throws Exception {
        List<String> partial = VendorStreams.openAiEvents(VendorStreams.chunks(ANSWER, 7), 100, true).subList(0, 8);
        anthropicStreams(VendorStreams.anthropicEvents(VendorStreams.chunks(ANSWER, 9), 640));
        Recording watching = new Recording();

        try (BrokenStreamServer broken = new BrokenStreamServer(partial)) {
            LlmUsage usage = providers("openai", "anthropic", broken.baseUrl(), vendorUrl() + "/").stream(REQUEST,
                    watching);

            assertThat(watching.discarded).isNotEmpty();
            assertThat(watching.restarts).singleElement().asString().contains("broke off in mid-answer");
            assertThat(watching.text()).isEqualTo(ANSWER);
            assertThat(usage.provider()).isEqualTo("anthropic");
            assertThat(broken.requests()).isEqualTo(1);
        }
    }

    @Test
    void aRejectedKeyIsAConfigurationErrorThatIsNeitherRetriedNorHandedOver() {
        vendor.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody(
                    "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-****6789.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        anthropicStreams(VendorStreams.anthropicEvents(VendorStreams.chunks(ANSWER, 9), 640));

        assertThatThrownBy(
                () -> providers("openai", "anthropic", vendorUrl(), vendorUrl() + "/").stream(REQUEST, new Recording()))
            .isInstanceOfSatisfying(LlmException.class,
                    e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.CONFIGURATION))
            .hasMessageContaining("refused the API key (HTTP 401)");
        vendor.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        vendor.verify(0, postRequestedFor(urlEqualTo("/v1/messages")));
    }

}
