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
 * The whole service on a random port, on its embedded defaults (H2, in-process bus,
 * offline provider, built-in hosting), with a database and an apps volume of its own. Its
 * limits are on but far apart: one context serves many test classes, which together send
 * more requests a minute than a person would (a test class about limits sets its own with
 * {@code @TestPropertySource}, which wins).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "faibric.limits.generate.per-account=100000", "faibric.limits.generate.per-address=100000",
                "faibric.limits.change.per-account=100000", "faibric.limits.change.per-address=100000",
                "faibric.limits.library-import.per-account=100000", "faibric.limits.library-import.per-address=100000",
                "faibric.limits.library-search.per-account=100000", "faibric.limits.library-search.per-address=100000",
                "faibric.limits.chat.per-account=100000", "faibric.limits.chat.per-connection=100000",
                "faibric.limits.builds.per-account=1000", "faibric.limits.builds.per-node=1000",
                "faibric.limits.quota.generations-per-day=100000", "faibric.limits.sign-in.per-account=100000",
                "faibric.limits.sign-in.per-address=100000", "faibric.limits.app-sign-in.per-account=100000",
                "faibric.limits.app-sign-in.per-address=100000" })
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedStorage(DynamicPropertyRegistry registry) throws IOException {
        Path apps = Files.createTempDirectory("faibric-apps-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:faibric-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("faibric.hosting.apps-volume", apps::toString);
        // Builds still running when the test JVM closes the context are cut short.
        registry.add("faibric.generation.shutdown-grace", () -> "1s");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected Api api() {
        return new Api(baseUrl());
    }

    protected SocketClient socket(long projectId, String query) {
        return SocketClient.connect("ws://localhost:" + port + "/ws/project/" + projectId + "/" + query);
    }

}
