package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
            seen = socket.types();
        }

        Map<String, Long> stored = storedByType(id);
        System.out.println("Stored events of a streamed model build: " + stored);
        assertThat(stored.values().stream().mapToLong(Long::longValue).sum()).isBetween(10L, 60L);
        assertThat(stored.get("progress")).isBetween(5L, 35L);
        assertThat(stored.get("file")).isEqualTo(5);
        assertThat(seen).contains("progress", "file", "preview", "deployed");
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
