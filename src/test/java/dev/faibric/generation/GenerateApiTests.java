package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateApiTests extends IntegrationTest {

    @Test
    void aPromptCreatesAProjectToWatch() {
        Api.Response response = api().generate("a tip calculator");

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().path("id").asLong();
        assertThat(response.json().path("slug").asString()).matches("[a-z0-9-]+-[a-z0-9]{6}");
        assertThat(response.json().path("websocket").asString()).isEqualTo("/ws/project/" + id + "/");
        assertThat(response.json().path("appType").asString()).isEqualTo("tool");

        Api.Response project = api().get("/api/projects/" + id + "/");
        assertThat(project.status()).isEqualTo(200);
        assertThat(project.json().path("prompt").asString()).isEqualTo("a tip calculator");
        assertThat(api().get("/api/projects/").json().findValuesAsString("slug"))
            .contains(response.json().path("slug").asString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty prompt            | application/json | {"prompt": ""}           | The prompt is empty
            blank prompt            | application/json | {"prompt": "   \\n  "}   | The prompt is empty
            missing prompt          | application/json | {}                       | The prompt is empty
            malformed JSON          | application/json | {"prompt": "a tip calc   | not valid JSON
            prompt of wrong shape   | application/json | {"prompt": {"a": 1}}     | not valid JSON
            no body                 | application/json |                          | request body is missing
            wrong content type      | text/plain       | a tip calculator         | sent with Content-Type text/plain
            form content type       | application/x-www-form-urlencoded | prompt=x | application/json
            """)
    void badInputGetsA400ThatSaysWhatIsWrong(String name, String contentType, String body, String message) {
        Api.Response response = api().post("/api/v2/generate/", contentType, body == null ? "" : body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains(message);
        assertThat(api().get("/api/system/info").status()).isEqualTo(200);
    }

    @Test
    void aPromptOverTheLimitIsRefusedWithTheLimit() {
        Api.Response response = api().generate("x".repeat(4001));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString())
            .isEqualTo("The prompt has 4001 characters; the limit is 4000.");
    }

    @Test
    void badInputLeavesNoHalfWrittenProject() {
        int before = api().get("/api/projects/").json().size();
        api().generate("");
        api().post("/api/v2/generate/", "application/json", "{oops");
        assertThat(api().get("/api/projects/").json().size()).isEqualTo(before);
    }

    @Test
    void anUnknownProjectIsA404WithAMessage() {
        Api.Response response = api().get("/api/projects/999999/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).isEqualTo("No project with id 999999");
    }

    @Test
    void theSystemSaysWhenNoLanguageModelIsInvolved() {
        var info = api().get("/api/system/info").json();
        assertThat(info.path("provider").asString()).isEqualTo("offline");
        assertThat(info.path("description").asString()).contains("not a language model");
        assertThat(info.path("promptMaxLength").asInt()).isEqualTo(4000);
    }

    @Test
    void theOfflineComposerRecordsTheLibraryTemplateItBuiltFrom() {
        long id = api().generate("a pomodoro timer").json().path("id").asLong();
        try (dev.faibric.support.SocketClient socket = socket(id, "")) {
            socket.await("deployed", java.time.Duration.ofSeconds(20));
        }
        assertThat(api().get("/api/projects/" + id + "/").json().path("reusedComponents").get(0).asString())
            .isEqualTo("countdown-timer");
    }

}
