package dev.faibric.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One started service per class for a table of hostile requests: each case must get its
 * exact clean answer, none a 500, and the service must be healthy and its stored data
 * unchanged afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileTest extends IntegrationTest {

    private static final List<String> TABLES = List.of("projects", "project_versions", "project_events",
            "code_templates", "component_library", "database_schemas", "themes", "project_variables");

    @Autowired
    JdbcClient jdbc;

    /** A project with one deployed version: its id and slug. */
    record Deployed(long id, String slug) {
    }

    Deployed deployedProject() {
        JsonNode created = api().generate("a tip calculator").json();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            socket.await("deployed", Duration.ofSeconds(30));
        }
        return new Deployed(created.path("id").asLong(), created.path("slug").asString());
    }

    RawHttp http() {
        return new RawHttp(port);
    }

    /** How many rows each table holds. */
    Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /** A problem with this status whose detail says what is wrong. */
    static void assertProblem(RawHttp.Answer answer, int status, String detail) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.header("content-type")).as("content type of %s", answer)
            .startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("title").asString()).isNotBlank();
        assertThat(answer.json().path("detail").asString()).as("detail of %s", answer).contains(detail);
        assertThat(answer.body()).doesNotContain("Exception", "at dev.faibric", "at org.springframework");
    }

    @AfterAll
    void serviceStaysHealthy() {
        RawHttp.Answer health = http().request("GET", "/actuator/health", "localhost", null, new byte[0]);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

}
