package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An offline build stores a few dozen events: one per file, preview and step. */
class OfflineStoredEventsTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfflineBuildStoresAFewDozenEvents() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(30));
        }
        long stored = jdbc.sql("SELECT COUNT(*) FROM project_events WHERE project_id = ?")
            .param(id)
            .query(Long.class)
            .single();
        long progress = jdbc.sql("SELECT COUNT(*) FROM project_events WHERE project_id = ? AND type = 'progress'")
            .param(id)
            .query(Long.class)
            .single();
        System.out.println("Stored events of an offline build: " + stored + ", of which progress " + progress);
        assertThat(stored).isBetween(10L, 60L);
        assertThat(progress).isLessThan(20);
    }

}
