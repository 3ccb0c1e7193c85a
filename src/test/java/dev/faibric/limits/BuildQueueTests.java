package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An account's builds beyond its running limit wait in line, told their place; beyond the
 * line they are refused.
 */
@TestPropertySource(properties = { "faibric.limits.builds.per-account=1", "faibric.limits.builds.queue-per-account=1",
        "faibric.ai.offline.stream-time=2s" })
class BuildQueueTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aBuildBeyondTheRunningLimitWaitsInLineAndOneBeyondTheLineIsRefused() {
        long first = api().generate("a tip calculator").json().path("id").asLong();
        Api.Response second = api().generate("a pomodoro timer");
        Api.Response third = api().generate("a habit tracker");

        assertThat(second.status()).isEqualTo(201);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isEqualTo("15");
        assertThat(third.json().path("detail").asString())
            .startsWith("Too many builds at once: you have 1 running and 1 waiting");
        JsonNode usage = api().get("/api/usage").json();
        assertThat(usage.path("builds").path("running").asInt()).isEqualTo(1);
        assertThat(usage.path("builds").path("queued").asInt()).isEqualTo(1);

        long waiting = second.json().path("id").asLong();
        try (SocketClient queued = socket(waiting, ""); SocketClient running = socket(first, "")) {
            JsonNode place = queued.await("queued", WAIT);
            assertThat(place.path("position").asInt()).isEqualTo(1);
            assertThat(place.path("content").asString()).isEqualTo("Waiting for a free builder: number 1 in line");
            running.await("deployed", WAIT);
            queued.await("deployed", WAIT);
            assertThat(queued.types().indexOf("queued")).isLessThan(queued.types().indexOf("thinking"));
        }
        assertThat(api().generate("a habit tracker").status()).isEqualTo(201);
    }

}
