package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.FaibricApplication;
import dev.faibric.support.Api;
import dev.faibric.support.SocketClient;
import dev.faibric.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Redis restarted while a generation runs on node A and is watched on node B (a Redis server of
 * this test's own, so the machine's is never touched): the bus reconnects, the watcher catches up
 * from the event log, and every event arrives exactly once, in order.
 */
class RedisRestartTests {

    static int redisPort;
    static Process redis;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    static Process startRedis(int port) throws Exception {
        Process process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("redis-server did not start on " + port);
    }

    static ConfigurableApplicationContext node(String schema, String apps) {
        return new SpringApplicationBuilder(FaibricApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true", "--faibric.bus.redis-url=redis://127.0.0.1:" + redisPort,
                "--faibric.hosting.apps-volume=" + apps, "--faibric.ai.offline.stream-time=4s",
                "--faibric.realtime.catch-up-interval=1s");
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            redisPort = free.getLocalPort();
        }
        redis = startRedis(redisPort);
        String schema = "faibric_redis_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
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
        long id = new Api("http://localhost:" + port(nodeA)).generate("a sales dashboard with monthly revenue charts")
                .json().path("id").asLong();
        try (SocketClient onB = SocketClient.connect("ws://localhost:" + port(nodeB) + "/ws/project/" + id + "/")) {
            onB.await("file", Duration.ofSeconds(20));
            redis.destroyForcibly().waitFor();
            Api b = new Api("http://localhost:" + port(nodeB));
            Api.Response ready = b.get("/actuator/health/readiness");
            assertThat(ready.status()).as("a node without Redis stays in service").isEqualTo(200);
            assertThat(ready.json().path("status").asString()).isEqualTo("DEGRADED");
            assertThat(ready.json().path("components").path("eventBus").path("status").asString()).isEqualTo("DEGRADED");
            assertThat(ready.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
            redis = startRedis(redisPort);

            JsonNode deployed = onB.await("deployed", Duration.ofSeconds(40));
            List<JsonNode> events = onB.received();
            assertThat(events).extracting(e -> e.path("seq").asLong())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, deployed.path("seq").asLong()).boxed().toList());
        }
        Api b = new Api("http://localhost:" + port(nodeB));
        assertThat(b.get("/api/projects/" + id + "/").json().path("status").asString()).isEqualTo("ready");
        assertThat(b.get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
    }
}
