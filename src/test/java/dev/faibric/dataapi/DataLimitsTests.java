package dev.faibric.dataapi;

import static dev.faibric.dataapi.AppDataApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits of an app's data over HTTP: the rows an app keeps (409, and deleting makes
 * room), and requests a minute from one address to one app (429 with Retry-After, while
 * another app and the platform answer as before).
 */
@TestPropertySource(properties = { "faibric.data.requests-per-minute=30", "faibric.data.max-rows=3" })
class DataLimitsTests extends IntegrationTest {

    static final String NOTES = """
            {'collections': {'notes': {'fields': {'text': {'type': 'text'}},
              'access': {'create': 'public', 'delete': 'public'}}}}
            """;

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore store;

    @Test
    void anAppKeepsAtMostItsRowsAndSaysSo() {
        DataApps apps = new DataApps(this.projects, this.store, this.port);
        AppVisitor visitor = apps.visitor(apps.app(NOTES));
        long first = visitor.post("/_api/data/notes", Map.of("text", "1")).json().path("id").asLong();
        visitor.post("/_api/data/notes", Map.of("text", "2"));
        visitor.post("/_api/data/notes", Map.of("text", "3"));

        assertProblem(visitor.post("/_api/data/notes", Map.of("text", "4")), 409,
                "This app's data is full: it has 3 rows, the most an app may keep; delete some rows first.");
        assertThat(visitor.delete("/_api/data/notes/" + first).status()).isEqualTo(204);
        assertThat(visitor.post("/_api/data/notes", Map.of("text", "4")).status()).isEqualTo(201);
    }

    @Test
    void anAddressSendingTooManyRequestsToAnAppIsToldWhenToTryAgain() {
        DataApps apps = new DataApps(this.projects, this.store, this.port);
        Project busy = apps.app(NOTES);
        AppVisitor visitor = apps.visitor(busy);
        for (int i = 0; i < 30; i++) {
            assertThat(visitor.get("/_api/data/notes").status()).isEqualTo(200);
        }

        Api.Response refused = visitor.get("/_api/data/notes");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("retry-after")).matches("[1-9][0-9]*");
        assertThat(refused.json().path("detail").asString())
            .startsWith("Too many requests to this app's data: at most 30 a minute from one address. Try again in");
        assertThat(visitor.post("/_api/data/notes", Map.of("text", "x")).status()).isEqualTo(429);
        assertThat(apps.visitor(apps.app(NOTES)).get("/_api/data/notes").status()).isEqualTo(200);
        assertThat(api().get("/api/projects/").status()).isEqualTo(200);
    }

}
