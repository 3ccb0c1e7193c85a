package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live updates: a page listening to a collection hears of every row another visitor
 * creates, changes or deletes, and nothing of other collections or other apps.
 */
class LiveUpdatesTests extends IntegrationTest {

    static final String SCHEMA = """
            {'collections': {
              'posts': {'fields': {'title': {'type': 'text'}}, 'access': {'create': 'public', 'update': 'public', 'delete': 'public'}},
              'votes': {'fields': {'post': {'type': 'number'}}, 'access': {'create': 'public'}}}}
            """;

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore store;

    DataApps apps;

    @BeforeEach
    void apps() {
        this.apps = new DataApps(this.projects, this.store, this.port);
    }

    @Test
    void aListenerHearsOfAnotherVisitorsCreateChangeAndDelete() throws Exception {
        Project app = this.apps.app(SCHEMA);
        AppVisitor writer = this.apps.visitor(app);
        try (LiveClient page = new LiveClient(writer.origin() + "/_api/live?collections=posts")) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/event-stream");
            page.await(":listening");

            long id = writer.post("/_api/data/posts", Map.of("title", "New")).json().path("id").asLong();

            assertThat(page.await("event:")).isEqualTo("event:change");
            assertThat(page.await("data:"))
                .isEqualTo("data:{\"collection\":\"posts\",\"action\":\"created\",\"id\":" + id + "}");
            writer.patch("/_api/data/posts/" + id, Map.of("title", "Changed"));
            assertThat(page.await("data:")).contains("\"action\":\"updated\"");
            writer.delete("/_api/data/posts/" + id);
            assertThat(page.await("data:")).contains("\"action\":\"deleted\"");
        }
    }

    @Test
    void aListenerHearsNothingOfOtherCollectionsOrOtherApps() throws Exception {
        Project app = this.apps.app(SCHEMA);
        Project other = this.apps.app(SCHEMA);
        AppVisitor writer = this.apps.visitor(app);
        try (LiveClient posts = new LiveClient(writer.origin() + "/_api/live?collections=posts");
                LiveClient everything = new LiveClient(writer.origin() + "/_api/live");
                LiveClient elsewhere = new LiveClient(this.apps.visitor(other).origin() + "/_api/live")) {
            posts.await(":listening");
            everything.await(":listening");
            elsewhere.await(":listening");

            writer.post("/_api/data/votes", Map.of("post", 1));

            assertThat(everything.await("data:")).contains("\"collection\":\"votes\"");
            assertThat(posts.drain(Duration.ofMillis(300))).noneMatch(line -> line.startsWith("data:"));
            assertThat(elsewhere.drain(Duration.ofMillis(10))).noneMatch(line -> line.startsWith("data:"));
        }
    }

    @Test
    void aStreamIsOnlyForAnAppsOwnCollectionsOnItsOwnOrigin() throws Exception {
        Project app = this.apps.app(SCHEMA);
        AppVisitor visitor = this.apps.visitor(app);

        AppDataApiTests.assertProblem(visitor.get("/_api/live?collections=posts,users"), 404,
                "This app has no collection \"users\".");
        AppDataApiTests.assertProblem(this.apps.visitor(this.apps.app(null)).get("/_api/live"), 404,
                "This app has no data model.");
        AppDataApiTests.assertProblem(api().get("/_api/live"), 404, "There is nothing at GET /_api/live.");
    }

}
