package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.library.TemplateConfig;
import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Changes with the offline composer, which is not a language model: what it can do is
 * done and said, what it cannot is said, never passed off as done.
 */
class OfflineChangeTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private String config(long id, int version) {
        for (JsonNode file : api().get("/api/projects/" + id + "/versions/" + version).json().path("files")) {
            if (file.path("path").asString().equals(TemplateConfig.PATH)) {
                return file.path("content").asString();
            }
        }
        throw new AssertionError("no " + TemplateConfig.PATH + " in version " + version);
    }

    private void change(long id, String request) {
        Api.Response sent = api().post("/api/v2/projects/" + id + "/modify", "application/json",
                "{\"request\": \"" + request + "\"}");
        assertThat(sent.status()).isEqualTo(202);
    }

    @Test
    void aNewTitleIsTheOnlyThingThatChangesAndWhatCannotBeDoneIsSaid() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
            String before = config(id, 1);

            change(id, "make the title say Morning Wins and add a history of past tips");
            assertThat(socket.await("deployed", WAIT).path("version").asInt()).isEqualTo(2);
            String said = socket.await("message", WAIT).path("content").asString();
            assertThat(said).contains("renamed the app \u201cMorning Wins\u201d")
                .contains("Not done")
                .contains("\u201cadd a history of past tips\u201d")
                .doesNotContain("colours");
            String after = config(id, 2);
            assertThat(after).contains("Morning Wins");
            assertThat(after.lines().filter(line -> !line.contains("Morning Wins") && !before.contains(line)))
                .as("nothing but the title changed")
                .isEmpty();
            assertThat(api().get("/api/projects/" + id).json().path("title").asString()).isEqualTo("Morning Wins");
        }
    }

    @Test
    void aChangeItCannotMakeMakesNoVersionAndSaysWhy() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
            change(id, "add a login page");
            JsonNode error = socket.await("error", WAIT);
            assertThat(error.path("content").asString()).contains("\u201cadd a login page\u201d")
                .contains("call it")
                .contains("unchanged");
            assertThat(error.path("recoverable").asBoolean()).isTrue();
        }
        JsonNode project = api().get("/api/projects/" + id).json();
        assertThat(project.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(project.path("versions")).hasSize(1);
        assertThat(project.path("status").asString()).isEqualTo("ready");
    }

}
