package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.faibric.FaibricApplication;
import dev.faibric.support.Api;
import dev.faibric.support.SocketClient;
import dev.faibric.support.TestDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service on the real PostgreSQL while the database terminates all of its connections
 * every few hundred milliseconds (as a restart or a network cut would): the generation in
 * progress retries what it was writing, is deployed, and its watcher gets every event
 * exactly once.
 */
class KilledDatabaseConnectionsTests {

    static final String APPLICATION_NAME = "faibric-killed-" + UUID.randomUUID().toString().substring(0, 8);
    static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() throws Exception {
        String schema = "faibric_killed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        node = new SpringApplicationBuilder(FaibricApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.postgresUrl() + "?currentSchema=" + schema
                        + "&ApplicationName=" + APPLICATION_NAME,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true",
                "--faibric.hosting.apps-volume=" + Files.createTempDirectory("faibric-killed-apps-"),
                "--faibric.ai.offline.stream-time=3s");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    /** Terminates every backend of the service; returns how many there were. */
    static int killAll(Connection admin) throws SQLException {
        try (PreparedStatement kill = admin.prepareStatement(
                "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            kill.setString(1, APPLICATION_NAME);
            try (ResultSet rs = kill.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aGenerationWhoseConnectionsAreKilledAgainAndAgainIsDeployedWithEveryEventOnce() throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        Api api = new Api("http://localhost:" + port);
        long id = api.generate("a kanban board that remembers my tasks").json().path("id").asLong();
        AtomicBoolean deployed = new AtomicBoolean();
        AtomicInteger killed = new AtomicInteger();

        List<JsonNode> events;
        try (SocketClient socket = SocketClient.connect("ws://localhost:" + port + "/ws/project/" + id + "/");
                Connection admin = DriverManager.getConnection(TestDatabase.postgresUrl(), "postgres", "")) {
            // Every 200-300 ms for up to 4 s: through the streaming of the answer and,
            // most often, the release.
            Thread killer = Thread.ofPlatform().name("backend-killer").start(() -> {
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                try {
                    while (!deployed.get() && System.nanoTime() < until) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(200, 301));
                        killed.addAndGet(killAll(admin));
                    }
                }
                catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                socket.await("deployed", Duration.ofSeconds(60));
            }
            finally {
                deployed.set(true);
                killer.join();
            }
            events = socket.received();
        }
        // The kills are over; connections killed last could still be handed out for half
        // a second.
        node.getBean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

        assertThat(killed.get()).as("backends terminated").isPositive();
        assertThat(events).extracting(e -> e.path("seq").asLong())
            .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        List<String> types = events.stream().map(e -> e.path("type").asString()).toList();
        assertThat(types).doesNotContain("error").containsOnlyOnce("complete", "deployed");
        JsonNode project = api.get("/api/projects/" + id + "/").json();
        assertThat(project.path("status").asString()).isEqualTo("ready");
        assertThat(project.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(project.path("versions")).hasSize(1);
        double retries = node.getBean(MeterRegistry.class)
            .find("faibric.db.retries")
            .counters()
            .stream()
            .mapToDouble(Counter::count)
            .sum();
        assertThat(retries).as("database work retried").isPositive();
    }

}
