package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The data API at an app's real URL: the schema, rows created, listed, read, changed and
 * deleted with the contract's JSON, and the platform's host answering none of it.
 */
class AppDataApiTests extends IntegrationTest {

    static final String FORUM = """
            {'collections': {
              'posts': {'fields': {'title': {'type': 'text', 'required': true}, 'votes': {'type': 'number', 'default': 0},
                                   'tag': {'type': 'enum', 'values': ['question', 'idea']}, 'due': {'type': 'datetime'}},
                        'access': {'create': 'public', 'update': 'public', 'delete': 'public'}},
              'secrets': {'fields': {'text': {'type': 'text'}},
                          'access': {'list': 'admin', 'read': 'owner', 'create': 'signed-in'}}}}
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
    void theSchemaIsTheAppsCanonicalSchemaAndEmptyWithoutADataModel() {
        Project forum = this.apps.app(FORUM);
        Project plain = this.apps.app(null);

        JsonNode schema = this.apps.visitor(forum).get("/_api/schema").json();
        Api.Response none = this.apps.visitor(plain).get("/_api/schema");

        assertThat(schema.path("collections").propertyNames()).containsExactly("posts", "secrets");
        assertThat(schema.at("/collections/secrets/access/list").asString()).isEqualTo("admin");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().toString()).isEqualTo("{\"collections\":{}}");
    }

    @Test
    void aRowIsCreatedReadChangedAndDeletedAsTheContractWritesIt() {
        AppVisitor visitor = this.apps.visitor(this.apps.app(FORUM));

        Api.Response created = visitor.post("/_api/data/posts",
                Map.of("title", "Hello", "due", "2026-03-01T12:00:00+01:00"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode row = created.json();
        assertThat(row.propertyNames()).containsExactly("id", "createdAt", "updatedAt", "owner", "ownerName", "title",
                "votes", "tag", "due");
        assertThat(row.path("owner").isNull()).as(row.toString()).isTrue();
        assertThat(row.path("ownerName").isNull()).isTrue();
        assertThat(row.path("votes").isIntegralNumber()).isTrue();
        assertThat(row.path("tag").isNull()).isTrue();
        assertThat(row.path("due").asString()).isEqualTo("2026-03-01T11:00:00Z");
        assertThat(row.path("createdAt").asString()).endsWith("Z");
        String path = "/_api/data/posts/" + row.path("id").asLong();
        assertThat(visitor.get(path).json()).isEqualTo(row);

        JsonNode changed = visitor.patch(path, Map.of("votes", 2.5, "tag", "idea")).json();

        assertThat(changed.path("votes").asDouble()).isEqualTo(2.5);
        assertThat(changed.path("tag").asString()).isEqualTo("idea");
        assertThat(changed.path("title").asString()).isEqualTo("Hello");
        assertThat(visitor.delete(path).status()).isEqualTo(204);
        Api.Response gone = visitor.get(path);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("content-type")).startsWith("application/problem+json");
        assertThat(gone.json().path("detail").asString())
            .isEqualTo("There is no row " + row.path("id").asLong() + " in posts.");
    }

    @Test
    void aListFiltersSortsAndPagesWithItsTotalAndACursor() {
        AppVisitor visitor = this.apps.visitor(this.apps.app(FORUM));
        for (int i = 1; i <= 7; i++) {
            visitor.post("/_api/data/posts",
                    Map.of("title", "Post " + i, "votes", i % 3, "tag", i % 2 == 0 ? "idea" : "question"));
        }

        JsonNode page = visitor
            .get("/_api/data/posts?tag=idea&votes" + encode("[gte]") + "=1&sort=-votes,title&limit=2")
            .json();

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").valueStream().map(r -> r.path("title").asString())).containsExactly("Post 2",
                "Post 4");
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isZero();
        assertThat(page.path("nextCursor").isNull()).isTrue();

        List<String> walked = new ArrayList<>();
        String next = "/_api/data/posts?limit=3&sort=title";
        while (next != null) {
            JsonNode part = visitor.get(next).json();
            part.path("items").forEach(r -> walked.add(r.path("title").asString()));
            next = part.path("nextCursor").isNull() ? null
                    : "/_api/data/posts?limit=3&sort=title&cursor=" + encode(part.path("nextCursor").asString());
        }
        assertThat(walked).containsExactly("Post 1", "Post 2", "Post 3", "Post 4", "Post 5", "Post 6", "Post 7");
        JsonNode newest = visitor.get("/_api/data/posts?limit=1&offset=1").json();
        assertThat(newest.path("items").get(0).path("title").asString()).isEqualTo("Post 6");
        assertThat(newest.path("total").asLong()).isEqualTo(7);
        assertThat(visitor.get("/_api/data/posts?title" + encode("[contains]") + "=POST%207")
            .json()
            .path("total")
            .asLong()).isEqualTo(1);
    }

    @Test
    void filtersMayBeWrittenWithBracketsAsTypedNotOnlyPercentEncoded() {
        Project forum = this.apps.app(FORUM);
        this.apps.visitor(forum).post("/_api/data/posts", Map.of("title", "Big", "votes", 9));
        this.apps.visitor(forum).post("/_api/data/posts", Map.of("title", "Small", "votes", 1));

        Api.Response response = api().getWithHost("/_api/data/posts?votes[gt]=5",
                forum.slug() + ".apps.localhost:" + this.port);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"title\":\"Big\"").doesNotContain("Small");
    }

    @Test
    void rulesNeedingSomeoneSignedInAreRefusedToAnonymousVisitors() {
        AppVisitor visitor = this.apps.visitor(this.apps.app(FORUM));

        assertProblem(visitor.post("/_api/data/secrets", Map.of("text", "x")), 401, "Sign in to add to secrets.");
        assertProblem(visitor.get("/_api/data/secrets"), 401, "Sign in to list secrets.");
        assertProblem(visitor.get("/_api/data/secrets/1"), 401, "Sign in to read secrets.");
        assertProblem(visitor.get("/_api/data/posts?owner=me"), 401, "Sign in to list your own rows of posts.");
        assertThat(this.store.counts(projectOf(visitor))).containsEntry("secrets", 0L);
    }

    @Test
    void theDataApiAnswersOnlyOnAnAppsOwnOrigin() {
        Project forum = this.apps.app(FORUM);
        this.apps.visitor(forum).post("/_api/data/posts", Map.of("title", "Mine"));

        assertProblem(api().get("/_api/schema"), 404, "There is nothing at GET /_api/schema.");
        assertProblem(api().get("/_api/data/posts"), 404, "There is nothing at GET /_api/data/posts.");
        assertProblem(new AppVisitor("no-such-app-x1", this.port).get("/_api/data/posts"), 404,
                "No app is deployed at this address.");
        assertProblem(this.apps.visitor(forum).get("/_api/data/users"), 404, "This app has no collection \"users\".");
        assertThat(api().get("/apps/" + forum.slug() + "/_api/data/posts").status()).isEqualTo(404);
    }

    private long projectOf(AppVisitor visitor) {
        String slug = visitor.origin().substring("http://".length(), visitor.origin().indexOf(".apps.localhost"));
        return this.projects.findBySlug(slug).orElseThrow().id();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static void assertProblem(Api.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isEqualTo(detail);
    }

}
