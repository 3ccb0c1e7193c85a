package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.NodeProcess;
import dev.faibric.support.Nodes;
import dev.faibric.support.SocketClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A node killed (SIGKILL) in the middle of a build: node A runs in a JVM of its own and
 * is killed while it streams an app; node B, in this JVM on the same PostgreSQL, Redis
 * and apps volume, tells the user the build was interrupted once A's lease runs out,
 * keeps the last live version intact, and builds the request again when the user sends it
 * again.
 */
@Tag("serial")
class NodeKilledTests {

    static final Duration LEASE = Duration.ofSeconds(5);
    static final Duration SWEEP = Duration.ofSeconds(1);

    /**
     * Generous: the machine may be busy, but the interruption must not wait for anything
     * else.
     */
    static final Duration REPORTED_WITHIN = LEASE.plus(SWEEP).plusSeconds(15);
    static final Duration BUILD = Duration.ofSeconds(30);

    static Path apps;
    static ConfigurableApplicationContext nodeB;

    /** Node A of each scenario: one killed during a first build, one during a change. */
    static NodeProcess firstBuildNode;
    static NodeProcess changeNode;

    @RegisterExtension
    static final TestWatcher PRINT_NODE_LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (NodeProcess node : new NodeProcess[] { firstBuildNode, changeNode }) {
                if (node != null) {
                    node.printLog();
                }
            }
        }
    };

    static List<String> arguments(String schema, String streamTime) {
        return Nodes.arguments(schema, apps.toString(), "--faibric.ai.provider=offline",
                "--faibric.ai.offline.stream-time=" + streamTime,
                "--faibric.generation.lease=" + LEASE.toSeconds() + "s", "--faibric.generation.lease-renewal=1s",
                "--faibric.generation.interrupted-sweep=" + SWEEP.toSeconds() + "s",
                "--faibric.realtime.catch-up-interval=1s");
    }

    @BeforeAll
    static void startNodes() throws Exception {
        String schema = Nodes.freshSchema("faibric_killed");
        apps = Files.createTempDirectory("faibric-killed-apps-");
        // B first: it creates the schema and stores the code library, which the A nodes
        // then find there.
        nodeB = Nodes.start(arguments(schema, "300ms"));
        // A streams slowly, so that its build is still running when it is killed.
        firstBuildNode = NodeProcess.start("node-a-first-build", arguments(schema, "20s"));
        changeNode = NodeProcess.start("node-a-change", arguments(schema, "20s"));
        firstBuildNode.awaitUp(Duration.ofSeconds(120));
        changeNode.awaitUp(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopNodes() {
        for (NodeProcess node : new NodeProcess[] { firstBuildNode, changeNode }) {
            if (node != null) {
                node.close();
            }
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    static Api b() {
        return new Api("http://localhost:" + Nodes.port(nodeB));
    }

    static SocketClient watchOnB(long id) {
        return SocketClient.connect("ws://localhost:" + Nodes.port(nodeB) + "/ws/project/" + id + "/");
    }

    static Api.Response modify(Api node, long id, String request) {
        return node.post("/api/v2/projects/" + id + "/modify/", "application/json",
                Api.JSON.writeValueAsString(java.util.Map.of("request", request)));
    }

    /**
     * Waits until A has written a file and published a preview, checks it is still
     * building, and kills it.
     */
    static long killInMidBuild(NodeProcess nodeA, SocketClient onB) {
        int before = onB.received().size();
        onB.await("file", BUILD);
        onB.await("preview", BUILD);
        List<String> types = onB.types();
        assertThat(types.subList(before, types.size())).as("A's build is still running")
            .doesNotContain("complete", "deployed", "error");
        nodeA.kill();
        return System.nanoTime();
    }

    static JsonNode awaitInterrupted(SocketClient onB, long killedAt) {
        JsonNode error = onB.await("error", REPORTED_WITHIN);
        System.out.printf("Interrupted build reported %d ms after the kill%n",
                (System.nanoTime() - killedAt) / 1_000_000);
        assertThat(error.path("content").asString())
            .contains("This generation was interrupted (the server running it stopped); send your request again.");
        return error;
    }

    @Test
    void aFirstBuildWhoseNodeIsKilledIsReportedInterruptedAndBuildsWhenTheUserSendsItAgain() {
        String prompt = "a recipe book with ingredients and steps";
        JsonNode created = firstBuildNode.api().generate(prompt).json();
        long id = created.path("id").asLong();
        String slug = created.path("slug").asString();

        try (SocketClient onB = watchOnB(id)) {
            long killedAt = killInMidBuild(firstBuildNode, onB);

            JsonNode error = awaitInterrupted(onB, killedAt);
            assertThat(error.path("recoverable").asBoolean()).isFalse();
            assertThat(error.path("ended").asBoolean()).isTrue();
            JsonNode project = b().get("/api/projects/" + id + "/").json();
            assertThat(project.path("status").asString()).isEqualTo("failed");
            assertThat(project.path("currentVersion").isNumber()).as("no current version").isFalse();
            assertThat(project.path("versions")).isEmpty();
            assertThat(b().get("/apps/" + slug + "/").status()).isEqualTo(404);

            assertThat(modify(b(), id, prompt).status()).isEqualTo(202);

            JsonNode deployed = onB.await("deployed", BUILD);
            assertThat(deployed.path("version").asInt()).isEqualTo(1);
            assertThat(deployed.path("path").asString()).isEqualTo("/apps/" + slug + "/");
            Api.Response page = b().get(deployed.path("path").asString());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("import(\"./App.js\")");
            assertThat(b().get("/apps/" + slug + "/App.js").status()).isEqualTo(200);
        }
        JsonNode project = b().get("/api/projects/" + id + "/").json();
        assertThat(project.path("status").asString()).isEqualTo("ready");
        assertThat(project.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(project.path("versions")).hasSize(1);
    }

    @Test
    void aChangeWhoseNodeIsKilledLeavesTheLiveVersionIntactAndIsBuiltWhenTheUserSendsItAgain() throws Exception {
        JsonNode created = b().generate("a kanban board that remembers my tasks").json();
        long id = created.path("id").asLong();
        String slug = created.path("slug").asString();

        try (SocketClient onB = watchOnB(id)) {
            assertThat(onB.await("deployed", BUILD).path("version").asInt()).isEqualTo(1);
            String livePage = b().get("/apps/" + slug + "/").body();
            String liveApp = b().get("/apps/" + slug + "/App.js").body();

            String change = "add a dark mode toggle";
            assertThat(modify(changeNode.api(), id, change).status()).isEqualTo(202);
            long killedAt = killInMidBuild(changeNode, onB);

            JsonNode error = awaitInterrupted(onB, killedAt);
            assertThat(error.path("content").asString()).contains("The previous version stays live.");
            assertThat(error.path("recoverable").asBoolean()).isTrue();
            assertThat(error.path("ended").asBoolean()).isTrue();
            JsonNode project = b().get("/api/projects/" + id + "/").json();
            assertThat(project.path("status").asString()).isEqualTo("ready");
            assertThat(project.path("currentVersion").asInt()).isEqualTo(1);
            assertThat(project.path("versions")).extracting(v -> v.path("number").asInt()).containsExactly(1);
            Api.Response page = b().get("/apps/" + slug + "/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).isEqualTo(livePage);
            assertThat(b().get("/apps/" + slug + "/App.js").body()).isEqualTo(liveApp);
            assertThat(Files.readString(apps.resolve(slug).resolve("current"))).isEqualTo("v1");
            assertThat(apps.resolve(slug).resolve("v2")).doesNotExist();

            assertThat(modify(b(), id, change).status()).isEqualTo(202);

            assertThat(onB.await("deployed", BUILD).path("version").asInt()).isEqualTo(2);
        }
        JsonNode project = b().get("/api/projects/" + id + "/").json();
        assertThat(project.path("status").asString()).isEqualTo("ready");
        assertThat(project.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(project.path("versions")).extracting(v -> v.path("number").asInt()).containsExactly(2, 1);
        assertThat(b().get("/apps/" + slug + "/").status()).isEqualTo(200);
        assertThat(Files.readString(apps.resolve(slug).resolve("current"))).isEqualTo("v2");
    }

}
