package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A generation with Anthropic as the primary provider, on the Messages streaming event
 * sequence.
 */
@TestPropertySource(properties = { "faibric.ai.provider=anthropic", "faibric.ai.fallback=none" })
class AnthropicGenerationTests extends ModelIntegrationTest {

    @Test
    void aGenerationOnAnthropicIsOneCallAndDeploys() {
        answers(ANTHROPIC, anthropic(SampleAnswers.fiveFileApp(), 400));

        JsonNode created = api().generate("a tip calculator").json();
        JsonNode deployed;
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            deployed = socket.await("deployed", Duration.ofSeconds(30));
        }

        assertThat(deployed.path("version").asInt()).isEqualTo(1);
        JsonNode cost = api().get("/api/projects/" + created.path("id").asLong() + "/")
            .json()
            .path("versions")
            .get(0)
            .path("cost");
        assertThat(cost.path("provider").asString()).isEqualTo("anthropic");
        assertThat(cost.path("aiCalls").asInt()).isEqualTo(1);
        assertThat(cost.path("inputTokens").asInt()).isEqualTo(1400);
        VENDOR.verify(1, postRequestedFor(urlEqualTo(ANTHROPIC)));
        VENDOR.verify(0, postRequestedFor(urlEqualTo(OPENAI)));
    }

}
