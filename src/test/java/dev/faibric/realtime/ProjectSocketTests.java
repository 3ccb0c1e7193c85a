package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProjectSocketTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    private long generateAndWatch(String prompt, List<JsonNode> into) {
        long id = api().generate(prompt).json().path("id").asLong();
        try (SocketClient client = socket(id, "")) {
            client.await("deployed", WAIT);
            into.addAll(client.received());
        }
        return id;
    }

    @Test
    void aWatcherSeesTheAppWrittenValidatedAndDeployedInSequence() {
        List<JsonNode> events = new java.util.ArrayList<>();
        generateAndWatch("a tip calculator", events);

        List<String> types = events.stream().map(e -> e.path("type").asString()).toList();
        assertThat(types.getFirst()).isEqualTo("thinking");
        assertThat(types).contains("progress", "file", "complete");
        assertThat(types.getLast()).isEqualTo("deployed");
        assertThat(types.indexOf("complete")).isGreaterThan(types.lastIndexOf("file"));
        assertThat(events.stream().mapToLong(e -> e.path("seq").asLong()))
            .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        assertThat(events.getFirst().path("content").asString()).contains("offline template composer");

        JsonNode firstFile = events.stream()
            .filter(e -> e.path("type").asString().equals("file"))
            .findFirst()
            .orElseThrow();
        assertThat(firstFile.path("path").asString()).isEqualTo("App.tsx");
        JsonNode complete = events.stream()
            .filter(e -> e.path("type").asString().equals("complete"))
            .findFirst()
            .orElseThrow();
        assertThat(complete.path("content").path("app_type").asString()).isEqualTo("tool");
        assertThat(complete.path("content").path("components").has("App.tsx")).isTrue();
        JsonNode deployed = events.getLast();
        assertThat(deployed.path("url").asString()).matches("http://[a-z0-9-]+\\.apps\\.localhost:" + port + "/");
        assertThat(deployed.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aLateClientReceivesEveryEventOnceInOrder() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a kanban board that remembers my tasks", live);

        try (SocketClient late = socket(id, "")) {
            late.await("deployed", WAIT);
            assertThat(late.received()).extracting(e -> e.path("seq").asLong())
                .containsExactlyElementsOf(live.stream().map(e -> e.path("seq").asLong()).toList());
            assertThat(late.received()).extracting(JsonNode::toString)
                .containsExactlyElementsOf(live.stream().map(JsonNode::toString).toList());
        }
    }

    @Test
    void aClientResumingAfterNReceivesOnlyWhatItMissed() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a contact form for my design studio", live);
        long n = live.size() / 2;

        try (SocketClient resumed = socket(id, "?after=" + n)) {
            resumed.await("deployed", WAIT);
            assertThat(resumed.received()).extracting(e -> e.path("seq").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(n + 1, live.size()).boxed().toList());
        }
    }

    @Test
    void aResumeMessageReplaysFromTheGivenSequence() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a tic-tac-toe game", live);

        try (SocketClient client = socket(id, "?after=" + live.size())) {
            client.send("{\"type\": \"resume\", \"after\": " + (live.size() - 2) + "}");
            client.await("deployed", WAIT);
            assertThat(client.received()).extracting(e -> e.path("seq").asLong())
                .containsExactly((long) live.size() - 1, (long) live.size());
        }
    }

    @Test
    void onlyThePlatformsOwnOriginMayOpenAProjectSocket() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a tip calculator", live);
        String url = "ws://localhost:" + port + "/ws/project/" + id + "/";

        try (SocketClient sameOrigin = SocketClient.connect(url, "http://localhost:" + port)) {
            sameOrigin.await("deployed", WAIT);
        }
        assertThatThrownBy(() -> SocketClient.connect(url, "http://some-app-x1y2z3.apps.localhost:" + port))
            .hasStackTraceContaining("Unexpected HTTP response status code 403");
    }

    @Test
    void aSocketForAnUnknownProjectIsClosedWithAReason() {
        try (SocketClient client = socket(987654321L, "")) {
            assertThat(client.awaitClose(WAIT)).isEqualTo("4404 Unknown project 987654321");
        }
    }

    @Test
    void malformedClientMessagesGetAnErrorAndTheSocketStaysUsable() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a sales dashboard with monthly revenue charts", live);

        try (SocketClient client = socket(id, "?after=" + live.size())) {
            client.send("not json");
            assertThat(client.await("error", WAIT).path("content").asString()).contains("must be JSON");
            client.send("{\"type\": \"user_message\", \"content\": \"  \"}");
            assertThat(client.await("error", WAIT).path("content").asString()).contains("non-empty content");
            client.send("{\"type\": \"dance\"}");
            assertThat(client.await("error", WAIT).path("content").asString()).contains("Unknown message type 'dance'");
            assertThat(client.received()).allMatch(e -> !e.has("seq"));
        }
    }

    @Test
    void aChatMessageProducesANewDeployedVersion() {
        List<JsonNode> live = new java.util.ArrayList<>();
        long id = generateAndWatch("a tip calculator", live);

        try (SocketClient client = socket(id, "?after=" + live.size())) {
            client.send("{\"type\": \"user_message\", \"content\": \"make it dark with purple buttons\"}");
            assertThat(client.await("user", WAIT).path("content").asString())
                .isEqualTo("make it dark with purple buttons");
            JsonNode complete = client.await("complete", WAIT);
            assertThat(complete.path("content").path("styles").path("theme").asString()).isEqualTo("dark");
            assertThat(complete.path("content").path("title").asString()).isEqualTo(live.stream()
                .filter(e -> e.path("type").asString().equals("complete"))
                .findFirst()
                .orElseThrow()
                .path("content")
                .path("title")
                .asString());
            assertThat(client.await("deployed", WAIT).path("version").asInt()).isEqualTo(2);
        }
        assertThat(api().get("/api/projects/" + id + "/").json().path("versions").size()).isEqualTo(2);
    }

}
