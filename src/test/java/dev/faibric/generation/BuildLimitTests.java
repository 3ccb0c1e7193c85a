package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A node runs at most {@code max-concurrent-builds} builds; one more is refused with a
 * clear error.
 */
@TestPropertySource(properties = { "faibric.generation.max-concurrent-builds=1", "faibric.ai.offline.stream-time=3s" })
class BuildLimitTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aBuildBeyondTheLimitIsRefusedAndTheRunningOneDeploys() {
        long running = api().generate("a tip calculator").json().path("id").asLong();
        long refused = api().generate("a tic-tac-toe game").json().path("id").asLong();

        try (SocketClient second = socket(refused, ""); SocketClient first = socket(running, "")) {
            JsonNode error = second.await("error", WAIT);
            assertThat(error.path("content").asString()).contains("already building 1 apps")
                .contains("send your request again");
            assertThat(first.await("deployed", WAIT).path("version").asInt()).isEqualTo(1);
        }
        assertThat(api().get("/api/projects/" + refused + "/").json().path("status").asString()).isEqualTo("failed");
    }

}
