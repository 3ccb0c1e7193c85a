package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A client that floods a project's socket with chat messages is told to slow down, then
 * closed; what it sent beyond its rate is neither stored nor built.
 */
@TestPropertySource(properties = { "faibric.limits.chat.per-connection=5", "faibric.limits.chat.close-after=3",
        "faibric.limits.change.per-account=3", "faibric.ai.offline.stream-time=0s" })
class ChatFloodTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFloodOfChatMessagesGetsAnErrorThenTheSocketIsClosedAndLittleIsStored() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient watcher = socket(id, "")) {
            watcher.await("deployed", WAIT);
        }
        long before = stored(id);

        try (SocketClient flood = socket(id, "?after=" + Long.MAX_VALUE / 2)) {
            for (int i = 0; i < 500; i++) {
                try {
                    flood.send("{\"type\": \"user_message\", \"content\": \"make the header blue " + i + "\"}");
                }
                catch (RuntimeException closed) {
                    break; // the server closed the socket while we were still sending
                }
            }
            assertThat(flood.awaitClose(WAIT)).startsWith("4429");
            JsonNode error = flood.received()
                .stream()
                .filter(e -> e.path("type").asString().equals("error") && !e.has("seq"))
                .findFirst()
                .orElseThrow();
            assertThat(error.path("content").asString()).startsWith("Too many ");
        }

        // Five messages at most went through (three as changes); each stored as the
        // user's
        // message with at most a "still working" or refusal, and a few changes' events.
        long user = jdbc.sql("SELECT COUNT(*) FROM project_events WHERE project_id = ? AND type = 'user'")
            .param(id)
            .query(Long.class)
            .single();
        assertThat(user).isLessThanOrEqualTo(3);
        assertThat(stored(id) - before).isLessThan(150);
    }

    private long stored(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM project_events WHERE project_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    }

}
