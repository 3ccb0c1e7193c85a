package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A build stores tens of events, not one per streamed chunk: progress is coalesced while
 * files, previews and the outcome are each stored once.
 */
class StoredEventsTests extends ModelIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStreamedModelBuildStoresTensOfEventsWhileTheClientSeesProgress() {
        // The five-file app in 12-character chunks (about 300), dribbled over 6 s.
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 6000));
        long id = api().generate("a tip calculator").json().path("id").asLong();
        List<String> seen;
        List<JsonNode> received;
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
            seen = socket.types();
            received = socket.received();
        }

        Map<String, Long> stored = storedByType(id);
        System.out.println("Stored events of a streamed model build: " + stored);
        assertThat(stored.values().stream().mapToLong(Long::longValue).sum()).isBetween(10L, 60L);
        assertThat(stored.get("progress")).isBetween(5L, 35L);
        assertThat(stored.get("file")).isEqualTo(5);
        assertThat(seen).contains("progress", "file", "preview", "deployed");
        assertFilesStreamInChunks(received);
    }

    /**
     * Each file's progress events carry the text written since the one before: their
     * chunks make the start of the file, and its {@code file} event holds all of it.
     */
    static void assertFilesStreamInChunks(List<JsonNode> events) {
        Map<String, StringBuilder> streamed = new HashMap<>();
        int files = 0;
        int chunked = 0;
        for (JsonNode event : events) {
            String path = event.path("path").asString("");
            switch (event.path("type").asString()) {
                case "progress" -> {
                    if (event.has("chunk")) {
                        streamed.computeIfAbsent(path, p -> new StringBuilder()).append(event.path("chunk").asString());
                    }
                    else if (!path.isEmpty()) {
                        streamed.put(path, new StringBuilder());
                    }
                }
                case "file" -> {
                    String sofar = streamed.getOrDefault(path, new StringBuilder()).toString();
                    String content = event.path("content").asString();
                    assertThat(content).as(path).startsWith(sofar);
                    assertThat(sofar + content.substring(sofar.length())).isEqualTo(content);
                    chunked += sofar.length();
                    files++;
                }
                default -> {
                }
            }
        }
        assertThat(files).isEqualTo(5);
        assertThat(chunked).as("characters the page saw before the files completed").isPositive();
    }

    Map<String, Long> storedByType(long projectId) {
        return jdbc.sql("SELECT type, COUNT(*) AS n FROM project_events WHERE project_id = ? GROUP BY type")
            .param(projectId)
            .query((rs, row) -> Map.entry(rs.getString("type"), rs.getLong("n")))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

}
