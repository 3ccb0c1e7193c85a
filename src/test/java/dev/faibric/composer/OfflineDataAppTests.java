package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * With no AI key, a request for an app that keeps shared data is built by the offline
 * composer from a data-backed template: its data model passes validation with the code
 * (which imports {@code faibric/data} and starts in the start check), is applied before
 * the deploy, and the chat says what it created.
 */
class OfflineDataAppTests extends IntegrationTest {

    @Autowired
    AppDataStore data;

    @Test
    void aGuestbookIsComposedWithItsDataModelAppliedBeforeTheDeploy() {
        JsonNode created = api().generate("a guestbook for our wedding").json();
        long id = created.path("id").asLong();
        List<JsonNode> events;
        try (SocketClient socket = socket(id, "")) {
            socket.awaitAny(Duration.ofSeconds(60), "deployed", "error");
            events = List.copyOf(socket.received());
        }

        List<String> types = events.stream().map(e -> e.path("type").asString()).toList();
        assertThat(types).as(events.toString()).containsSubsequence("message", "complete", "deployed");
        assertThat(events).filteredOn(e -> e.path("type").asString().equals("message"))
            .filteredOn(e -> e.path("composer").asBoolean())
            .singleElement()
            .satisfies(m -> assertThat(m.path("content").asString())
                .startsWith("Offline template composer (not a language model): adapting the built-in 'Guestbook'"));
        assertThat(events).filteredOn(e -> e.path("type").asString().equals("message"))
            .filteredOn(e -> e.path("dataTier").asBoolean())
            .singleElement()
            .satisfies(m -> assertThat(m.path("content").asString()).isEqualTo("Data: Added collection entries."));
        JsonNode result = events.stream()
            .filter(e -> e.path("type").asString().equals("complete"))
            .findFirst()
            .orElseThrow()
            .path("content");
        assertThat(result.path("requires_backend").asBoolean()).isTrue();
        assertThat(result.path("database").path("collections").has("entries")).isTrue();
        assertThat(result.path("components").path("App.tsx").asString()).contains("from 'faibric/data'");
        assertThat(data.schema(id).orElseThrow().collection("entries")).isPresent();
    }

}
