package dev.faibric.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port on the real PostgreSQL of the tests (a fresh schema
 * of its own, migrated by the application's Flyway scripts), for suites that must hold on
 * both databases: a class runs on H2 by extending {@link IntegrationTest} and on
 * PostgreSQL by extending this, with its cases in an interface both implement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "faibric.data.requests-per-minute=1000000", "faibric.limits.app-sign-in.per-account=1000000",
                "faibric.limits.app-sign-in.per-address=1000000" })
public abstract class PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) throws IOException {
        Path apps = Files.createTempDirectory("faibric-apps-");
        String schema = "faibric_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> TestDatabase.postgresUrl()
                + (TestDatabase.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> TestDatabase.env("FAIBRIC_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> TestDatabase.env("FAIBRIC_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("faibric.hosting.apps-volume", apps::toString);
        registry.add("faibric.generation.shutdown-grace", () -> "1s");
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected SocketClient socket(long projectId, String query) {
        return SocketClient.connect("ws://localhost:" + port + "/ws/project/" + projectId + "/" + query);
    }

}
