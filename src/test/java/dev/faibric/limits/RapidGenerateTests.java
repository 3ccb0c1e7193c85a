package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * 100 generate requests from one account at once: the configured five are accepted (two
 * build at once, three wait in line and are told their place), the other 95 are answered
 * 429 with Retry-After and a detail, and the service answers other requests meanwhile.
 */
@TestPropertySource(properties = { "faibric.limits.generate.per-account=5", "faibric.limits.generate.period=1h",
        "faibric.limits.builds.per-account=2", "faibric.limits.builds.queue-per-account=5",
        "faibric.ai.offline.stream-time=1s" })
class RapidGenerateTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void ofAHundredRapidGenerationsTheConfiguredFiveRunAndTheRestAreToldWhenToRetry() throws Exception {
        List<Api.Response> responses = new ArrayList<>();
        List<Api.Response> duringBurst = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                sent.add(clients.submit(() -> api().generate("a tip calculator")));
            }
            duringBurst.add(api().get("/api/projects/"));
            for (Future<Api.Response> response : sent) {
                responses.add(response.get());
            }
        }

        List<Api.Response> accepted = responses.stream().filter(r -> r.status() == 201).toList();
        List<Api.Response> refused = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(accepted).hasSize(5);
        assertThat(refused).hasSize(95);
        for (Api.Response response : refused) {
            assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString())
                .startsWith("Too many app generations: at most 5 an hour per account. Try again in ");
        }
        assertThat(duringBurst.getFirst().status()).isEqualTo(200);
        assertThat(api().get("/api/projects/").json().size()).isEqualTo(5);

        // Two build at once; the other three wait, told their place, and deploy in turn.
        int queued = 0;
        for (Api.Response response : accepted) {
            try (SocketClient socket = socket(response.json().path("id").asLong(), "")) {
                socket.await("deployed", WAIT);
                List<JsonNode> places = socket.received()
                    .stream()
                    .filter(e -> e.path("type").asString().equals("queued"))
                    .toList();
                if (!places.isEmpty()) {
                    queued++;
                    assertThat(places.getFirst().path("position").asInt()).isBetween(1, 3);
                    assertThat(places.getFirst().path("content").asString()).contains("in line");
                }
            }
        }
        assertThat(queued).isEqualTo(3);
        assertThat(api().get("/actuator/health").json().path("status").asString()).isIn("UP", "DEGRADED");
        assertThat(api().get("/api/usage").json().path("builds").path("running").asInt()).isZero();
    }

}
