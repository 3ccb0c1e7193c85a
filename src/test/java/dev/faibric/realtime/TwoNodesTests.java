package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.Nodes;
import dev.faibric.support.SocketClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on different ports sharing the real PostgreSQL and Redis:
 * a generation started through node A is followed on node B, the socket dropped
 * mid-stream and resumed on node A; every event arrives exactly once, in order.
 */
@Tag("serial")
class TwoNodesTests {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    static ConfigurableApplicationContext node(String schema, String apps) {
        return Nodes.start(Nodes.arguments(schema, apps, "--faibric.ai.offline.stream-time=1500ms"));
    }

    static int port(ConfigurableApplicationContext node) {
        return Nodes.port(node);
    }

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String schema = Nodes.freshSchema("faibric_nodes");
        String apps = Files.createTempDirectory("faibric-shared-apps-").toString();
        nodeA = node(schema, apps);
        nodeB = node(schema, apps);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aGenerationOnNodeAFollowedOnNodeBAndResumedOnNodeAArrivesExactlyOnceInOrder() {
        Api a = new Api("http://localhost:" + port(nodeA));
        long id = a.generate("a kanban board that remembers my tasks").json().path("id").asLong();

        List<JsonNode> seen = new ArrayList<>();
        try (SocketClient onB = SocketClient.connect("ws://localhost:" + port(nodeB) + "/ws/project/" + id + "/")) {
            onB.await("file", Duration.ofSeconds(20));
            onB.await("file", Duration.ofSeconds(20));
            seen.addAll(onB.received());
        }
        long n = seen.getLast().path("seq").asLong();
        assertThat(seen.stream().map(e -> e.path("type").asString())).doesNotContain("deployed");

        try (SocketClient onA = SocketClient
            .connect("ws://localhost:" + port(nodeA) + "/ws/project/" + id + "/?after=" + n)) {
            onA.await("deployed", Duration.ofSeconds(30));
            seen.addAll(onA.received());
        }

        assertThat(seen).extracting(e -> e.path("seq").asLong())
            .containsExactlyElementsOf(LongStream.rangeClosed(1, seen.size()).boxed().toList());
        assertThat(seen.getLast().path("type").asString()).isEqualTo("deployed");
        try (SocketClient replay = SocketClient.connect("ws://localhost:" + port(nodeB) + "/ws/project/" + id + "/")) {
            replay.await("deployed", Duration.ofSeconds(20));
            assertThat(replay.received()).hasSize(seen.size());
        }
    }

    @Test
    void aChangeSentToOneNodeWhileTheOtherBuildsTheProjectIsRefused() {
        // Two services in one JVM are two nodes: each owns its build leases.
        Api a = new Api("http://localhost:" + port(nodeA));
        Api b = new Api("http://localhost:" + port(nodeB));
        long id = a.generate("a habit tracker").json().path("id").asLong();

        Api.Response change = b.post("/api/v2/projects/" + id + "/modify/", "application/json",
                "{\"request\": \"make it blue\"}");

        assertThat(change.status()).isEqualTo(409);
        try (SocketClient onB = SocketClient.connect("ws://localhost:" + port(nodeB) + "/ws/project/" + id + "/")) {
            assertThat(onB.await("deployed", Duration.ofSeconds(30)).path("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anEventPublishedOnOneNodeReachesWatchersOnTheOther() {
        Api a = new Api("http://localhost:" + port(nodeA));
        Api b = new Api("http://localhost:" + port(nodeB));
        long id = b.generate("a tip calculator").json().path("id").asLong();
        try (SocketClient onA = SocketClient.connect("ws://localhost:" + port(nodeA) + "/ws/project/" + id + "/")) {
            JsonNode deployed = onA.await("deployed", Duration.ofSeconds(30));
            assertThat(deployed.path("version").asInt()).isEqualTo(1);
        }
        assertThat(a.get("/api/projects/" + id + "/").json().path("status").asString()).isEqualTo("ready");
        JsonNode ready = a.get("/actuator/health/readiness").json();
        assertThat(ready.path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").path("eventBus").path("status").asString()).isEqualTo("UP");
        assertThat(a.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

}
