package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.Nodes;
import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Redis restarted while a generation runs on node A and is watched on node B (a Redis
 * server of this test's own, so the machine's is never touched): the bus reconnects, the
 * watcher catches up from the event log, and every event arrives exactly once, in order.
 */
@Tag("serial")
class RedisRestartTests {

    static int redisPort;
    static Process redis;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    static Process startRedis(int port) throws Exception {
        Process process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return process;
            }
            catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("redis-server did not start on " + port);
    }

    static ConfigurableApplicationContext node(String schema, String apps) {
        return Nodes.start(Nodes.arguments(schema, apps, "--faibric.realtime.redis-url=redis://127.0.0.1:" + redisPort,
                "--faibric.ai.offline.stream-time=4s", "--faibric.realtime.catch-up-interval=1s"));
    }

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            redisPort = free.getLocalPort();
        }
        redis = startRedis(redisPort);
        String schema = Nodes.freshSchema("faibric_redis");
        String apps = Files.createTempDirectory("faibric-redis-apps-").toString();
        nodeA = node(schema, apps);
        nodeB = node(schema, apps);
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void aRedisRestartInMidGenerationLosesNothing() throws Exception {
        long id = new Api("http://localhost:" + Nodes.port(nodeA))
            .generate("a sales dashboard with monthly revenue charts")
            .json()
            .path("id")
            .asLong();
        try (SocketClient onB = SocketClient
            .connect("ws://localhost:" + Nodes.port(nodeB) + "/ws/project/" + id + "/")) {
            onB.await("file", Duration.ofSeconds(20));
            redis.destroyForcibly().waitFor();
            Api b = new Api("http://localhost:" + Nodes.port(nodeB));
            Api.Response ready = b.get("/actuator/health/readiness");
            assertThat(ready.status()).as("a node without Redis stays in service").isEqualTo(200);
            assertThat(ready.json().path("status").asString()).isEqualTo("DEGRADED");
            assertThat(ready.json().path("components").path("eventBus").path("status").asString())
                .isEqualTo("DEGRADED");
            assertThat(ready.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
            redis = startRedis(redisPort);

            JsonNode deployed = onB.await("deployed", Duration.ofSeconds(40));
            List<JsonNode> events = onB.received();
            assertThat(events).extracting(e -> e.path("seq").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, deployed.path("seq").asLong()).boxed().toList());
        }
        Api b = new Api("http://localhost:" + Nodes.port(nodeB));
        assertThat(b.get("/api/projects/" + id + "/").json().path("status").asString()).isEqualTo("ready");
        assertThat(b.get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
    }

}
