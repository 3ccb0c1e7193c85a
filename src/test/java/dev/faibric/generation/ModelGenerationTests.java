package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import dev.faibric.support.VendorStreams;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generation and changes with OpenAI (and Anthropic as its fallback) speaking their real
 * wire formats.
 */
class ModelGenerationTests extends ModelIntegrationTest {

    private record Watched(long id, String slug, List<JsonNode> events) {
        List<String> types() {
            return events.stream().map(e -> e.path("type").asString()).toList();
        }

        JsonNode last(String type) {
            return events.reversed()
                .stream()
                .filter(e -> e.path("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
        }
    }

    private Watched generate(String prompt, String until) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await(until, WAIT);
            return new Watched(id, created.path("slug").asString(), List.copyOf(socket.received()));
        }
    }

    private Watched change(Watched project, String request, String until) {
        try (SocketClient socket = socket(project.id(), "?after=" + project.events().size())) {
            assertThat(api()
                .post("/api/v2/projects/" + project.id() + "/modify/", "application/json",
                        "{\"request\": \"" + request + "\"}")
                .status()).isEqualTo(202);
            socket.await(until, WAIT);
            return new Watched(project.id(), project.slug(), List.copyOf(socket.received()));
        }
    }

    private JsonNode version(long id, int number) {
        for (JsonNode v : api().get("/api/projects/" + id + "/").json().path("versions")) {
            if (v.path("number").asInt() == number) {
                return v;
            }
        }
        throw new AssertionError("no version " + number);
    }

    @Test
    void coloursAskedForAreToldToTheModelAndWarnedAboutWhenTheAnswerLacksThem() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 600));

        Watched run = generate("a tip calculator with a lavender background and navy buttons", "deployed");

        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing(
                "The user asked for page background #e6e6fa (lavender) and component colour #000080 (navy)")));
        assertThat(run.last("complete").path("warnings").toString())
            .contains("the page background asked for, #e6e6fa (lavender), is not in the app's code");
    }

    @Test
    void aGenerationIsOneStreamingCallWithPreviewsAsFilesComplete() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 600));

        Watched run = generate("a tip calculator", "deployed");

        List<String> types = run.types();
        assertThat(types.indexOf("preview")).isGreaterThan(types.indexOf("file")).isLessThan(types.lastIndexOf("file"));
        assertThat(run.events().stream().filter(e -> e.path("type").asString().equals("preview")).count())
            .isGreaterThanOrEqualTo(4);
        assertThat(run.events()
            .stream()
            .filter(e -> e.path("type").asString().equals("file"))
            .map(e -> e.path("path").asString())).containsExactly("App.tsx", "components/Header.tsx",
                    "components/BillForm.tsx", "components/Summary.tsx", "components/Footer.tsx");
        JsonNode firstPreview = run.events()
            .stream()
            .filter(e -> e.path("type").asString().equals("preview"))
            .findFirst()
            .orElseThrow();
        String preview = firstPreview.path("url").asString();
        assertThat(preview).matches("http://" + run.slug() + "--[0-9a-f]{14}\\.apps\\.localhost:" + port + "/");
        assertThat(firstPreview.path("placeholders").asInt()).isEqualTo(4);
        assertThat(api().getWithHost("/components/Footer", URI.create(preview).getAuthority()).status()).isEqualTo(200);
        assertThat(api().getWithHost("/components/Footer", run.slug() + "--preview.apps.localhost:" + port).status())
            .as("a guessed preview address")
            .isEqualTo(404);
        JsonNode progress = run.last("progress");
        assertThat(progress.has("files")).isTrue();
        assertThat(progress.path("bytes").asLong()).isPositive();

        JsonNode complete = run.last("complete");
        assertThat(complete.path("content").path("title").asString()).isEqualTo("Tip Calculator");
        assertThat(complete.path("content").path("features")).hasSize(2);
        assertThat(complete.path("usage").path("aiCalls").asInt()).isEqualTo(1);
        assertThat(run.last("deployed").path("version").asInt()).isEqualTo(1);
        JsonNode cost = version(run.id(), 1).path("cost");
        assertThat(cost.path("aiCalls").asInt()).isEqualTo(1);
        assertThat(cost.path("inputTokens").asInt()).isEqualTo(1500);
        assertThat(cost.path("outputTokens").asInt()).isPositive();
        assertThat(cost.path("provider").asString()).isEqualTo("openai");
        assertThat(cost.path("firstTokenMillis").asLong()).isLessThanOrEqualTo(cost.path("durationMillis").asLong());
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("interactive tool")));
        VENDOR.verify(0, postRequestedFor(urlEqualTo(ANTHROPIC)));
        assertThat(api().get("/actuator/metrics/faibric.ai.calls").status()).isEqualTo(200);
        Api.Response prometheus = api().get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("faibric_generations_in_flight", "faibric_events_latency_seconds",
                "faibric_generation_first_preview_seconds", "faibric_generation_duration_seconds", "faibric_ai_tokens",
                "faibric_ai_first_token_seconds", "faibric_sockets_open");
    }

    @Test
    void aChangeIsAnEditAgainstTheCurrentFilesDeployedAsANewVersion() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 200), openAi(SampleAnswers.blueHeaderEdit(), 100));
        Watched run = generate("a tip calculator", "deployed");

        Watched changed = change(run, "make the header blue", "deployed");

        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        assertThat(api().getWithHost("/components/Header.js", run.slug() + ".apps.localhost:" + port).body())
            .contains("#1d4ed8");
        assertThat(version(run.id(), 2).path("summary").asString()).isEqualTo("Made the header blue.");
        assertThat(version(run.id(), 2).path("cost").path("aiCalls").asInt()).isEqualTo(1);
        VENDOR.verify(1,
                postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("Change request: make the header blue"))
                    .withRequestBody(containing("v1: Generated from the prompt")));
    }

    @Test
    void aRateLimitedCallIsRetriedAndCountsAsTwoCalls() {
        answers(OPENAI, status(429,
                "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"),
                openAi(SampleAnswers.fiveFileApp(), 200));

        Watched run = generate("a tip calculator", "deployed");

        assertThat(version(run.id(), 1).path("cost").path("aiCalls").asInt()).isEqualTo(2);
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void aServerErrorHandsTheGenerationToTheFallback() {
        answers(OPENAI, status(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"));
        answers(ANTHROPIC, anthropic(SampleAnswers.fiveFileApp(), 200));

        Watched run = generate("a tip calculator", "deployed");

        assertThat(run.events())
            .anySatisfy(e -> assertThat(e.path("content").asString()).contains("Starting again with anthropic"));
        assertThat(version(run.id(), 1).path("cost").path("provider").asString()).isEqualTo("anthropic");
        assertThat(version(run.id(), 1).path("cost").path("aiCalls").asInt()).isEqualTo(2);
    }

    @Test
    void aStreamThatBreaksOffStartsAgainOnTheFallbackAndNeverMixesTheTwo() {
        List<String> events = VendorStreams.openAiEvents(VendorStreams.chunks(SampleAnswers.fiveFileApp(), 12), 10,
                true);
        String partial = String.join("", events.subList(0, events.size() / 2));
        // The server promises more than it sends, then closes: the client sees the stream
        // break off.
        answers(OPENAI,
                aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/event-stream")
                    .withHeader("Content-Length", String.valueOf(partial.length() * 2))
                    .withBody(partial));
        answers(ANTHROPIC, anthropic(SampleAnswers.fiveFileApp(), 200));

        Watched run = generate("a tip calculator", "deployed");

        JsonNode restarted = run.events()
            .stream()
            .filter(e -> e.path("restarted").asBoolean())
            .findFirst()
            .orElseThrow();
        assertThat(restarted.path("type").asString()).isEqualTo("thinking");
        assertThat(restarted.path("content").asString()).contains("broke off").contains("anthropic");
        assertThat(version(run.id(), 1).path("cost").path("provider").asString()).isEqualTo("anthropic");
        assertThat(api().get("/api/projects/" + run.id() + "/").json().path("files")).hasSize(5);
    }

    @Test
    void aTruncatedAnswerIsRepairedWithOneMoreCall() {
        answers(OPENAI, openAi(SampleAnswers.truncatedApp(), 200),
                openAi(SampleAnswers.file("components/Footer.tsx", SampleAnswers.FOOTER)
                        + "<summary>Finished the footer.</summary>", 100));

        Watched run = generate("a tip calculator", "deployed");

        JsonNode validation = run.events()
            .stream()
            .filter(e -> e.path("type").asString().equals("validation"))
            .findFirst()
            .orElseThrow();
        assertThat(validation.path("repairing").asBoolean()).isTrue();
        assertThat(validation.path("errors").toString()).contains("components/Footer.tsx");
        assertThat(version(run.id(), 1).path("cost").path("aiCalls").asInt()).isEqualTo(2);
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("does not pass validation")));
    }

    @Test
    void aChangeThatStaysBrokenAfterItsRepairLeavesTheLastGoodVersionLive() {
        String broken = "<edit path=\"components/Summary.tsx\">\n<<<<<<< SEARCH\n  const tipEach = (bill * tip) / 100 / people;\n"
                + "=======\n  const tipEach = (bill * tip) / 100 / people;;; <<<\n>>>>>>> REPLACE\n</edit>\n<summary>Oops.</summary>\n";
        String stillBroken = "<file path=\"components/Summary.tsx\">\nexport default function Summary( {\n</file>\n<summary>Tried.</summary>\n";
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 200), openAi(broken, 100), openAi(stillBroken, 100));
        Watched run = generate("a tip calculator", "deployed");

        Watched changed = change(run, "show the tip rounded", "error");

        JsonNode error = changed.last("error");
        assertThat(error.path("content").asString()).contains("did not pass validation")
            .contains("previous version stays live");
        JsonNode validation = changed.last("validation");
        assertThat(validation.path("errors").toString()).contains("components/Summary.tsx");
        assertThat(api().get("/api/projects/" + run.id() + "/").json().path("currentVersion").asInt()).isEqualTo(1);
        assertThat(api().getWithHost("/components/Summary.js", run.slug() + ".apps.localhost:" + port).body())
            .contains("tipEach")
            .doesNotContain("<<<");
        VENDOR.verify(3, postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void anAnswerWithFencesSingleQuotesAndProseIsReadAsItWasMeant() {
        String messy = "Sure! Let me build that.\n```xml\n<faibric-app type='tool' title='Tip Calculator'>\n"
                + "<file path='App.tsx'>\n```tsx\n" + SampleAnswers.APP + "```\n</file>\n"
                + SampleAnswers.file("components/Header.tsx", SampleAnswers.HEADER)
                + SampleAnswers.file("components/BillForm.tsx", SampleAnswers.FORM)
                + SampleAnswers.file("components/Summary.tsx", SampleAnswers.SUMMARY)
                + "<file path=\"components/Footer.tsx\">\n```\n" + SampleAnswers.FOOTER
                + "```\n</file>\n</faibric-app>\n```\nHope it helps!";
        answers(OPENAI, openAi(messy, 200));

        Watched run = generate("a tip calculator", "deployed");

        assertThat(run.types()).doesNotContain("validation");
        assertThat(version(run.id(), 1).path("cost").path("aiCalls").asInt()).isEqualTo(1);
        assertThat(api().getWithHost("/App.js", run.slug() + ".apps.localhost:" + port).body()).doesNotContain("```");
    }

    @Test
    void anEditThatMatchesNothingFallsBackToRewritingThatOneFile() {
        String wrongEdit = "<edit path=\"components/Footer.tsx\">\n<<<<<<< SEARCH\n  return <p>Nothing like this exists</p>;\n"
                + "=======\n  return <p>Made with care.</p>;\n>>>>>>> REPLACE\n</edit>\n<summary>Changed the footer text.</summary>\n";
        String wholeFooter = SampleAnswers.file("components/Footer.tsx",
                "export default function Footer() {\n  return <footer style={{ marginTop: 32 }}>Made with care.</footer>;\n}\n")
                + "<summary>Rewrote the footer.</summary>\n";
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 200), openAi(wrongEdit, 100), openAi(wholeFooter, 100));
        Watched run = generate("a tip calculator", "deployed");

        Watched changed = change(run, "say made with care in the footer", "deployed");

        assertThat(changed.events()).anySatisfy(e -> assertThat(e.path("content").asString())
            .contains("Some edits did not match components/Footer.tsx"));
        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        assertThat(api().getWithHost("/components/Footer.js", run.slug() + ".apps.localhost:" + port).body())
            .contains("Made with care.");
        assertThat(version(run.id(), 2).path("cost").path("aiCalls").asInt()).isEqualTo(2);
    }

}
