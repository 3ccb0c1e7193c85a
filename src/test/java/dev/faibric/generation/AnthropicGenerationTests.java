package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.RealAnswers;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Generations with Anthropic as the primary provider, on the Messages streaming event
 * sequence: the call and its cost, and whole answers as models write them followed to the
 * live URL in headless Chromium.
 */
@TestPropertySource(properties = { "faibric.ai.provider=anthropic", "faibric.ai.fallback=none" })
class AnthropicGenerationTests extends ModelIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

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

    @Test
    void aViteProjectWithItsScaffoldingDeploysWithOneCall() {
        answers(ANTHROPIC, anthropic(RealAnswers.viteProject(), 150));

        Run run = generate("a todo list");

        assertThat(run.types()).contains("deployed").doesNotContain("validation", "error");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(ANTHROPIC)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(1);
        browser.openApp(run.last("deployed").path("url").asString());
        assertThat(browser.text("[data-testid=todo]")).isEqualTo("Buy oat milk");
        assertThat(browser.style("body", "background-color")).isEqualTo("rgba(241, 245, 249, 1)");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void anAppThatThrowsWhileRenderingIsRepairedWithOneMoreAnthropicCall() {
        answers(ANTHROPIC, anthropic(RealAnswers.renderThrows(), 150),
                anthropic(RealAnswers.renderThrowsRepaired(), 100));

        Run run = generate("a budget planner");

        assertThat(run.last("validation").path("errors").get(0).asString())
            .startsWith("the app failed to start while rendering its first screen");
        assertThat(run.types()).containsOnlyOnce("deployed");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(ANTHROPIC)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(2);
        browser.openApp(run.last("deployed").path("url").asString());
        assertThat(browser.text("[data-testid=total]")).isEqualTo("Spent this month: $1520.00");
        assertThat(browser.consoleProblems()).isEmpty();
    }

}
