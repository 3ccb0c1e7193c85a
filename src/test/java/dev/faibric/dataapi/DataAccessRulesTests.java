package dev.faibric.dataapi;

import static dev.faibric.dataapi.AppDataApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what with an app's rows, with people really signed in to the app: a
 * collection's rules for anonymous visitors, signed-in users, a row's owner and the app's
 * admin, and nothing of one app reachable from another app's origin or session.
 */
class DataAccessRulesTests extends IntegrationTest {

    static final String SCHEMA = """
            {'collections': {
              'posts': {'fields': {'title': {'type': 'text'}}},
              'notes': {'fields': {'text': {'type': 'text'}},
                        'access': {'list': 'owner', 'read': 'owner', 'create': 'signed-in'}},
              'topics': {'fields': {'name': {'type': 'text'}}, 'access': {'create': 'admin'}},
              'audit': {'fields': {'what': {'type': 'text'}},
                        'access': {'list': 'admin', 'read': 'admin', 'create': 'public', 'update': 'admin', 'delete': 'admin'}}}}
            """;

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore store;

    DataApps apps;

    Project app;

    AppVisitor alice;

    AppVisitor bob;

    AppVisitor anonymous;

    @BeforeEach
    void people() {
        this.apps = new DataApps(this.projects, this.store, this.port);
        this.app = this.apps.app(SCHEMA);
        this.alice = signedUp(this.app, "alice@example.com");
        this.bob = signedUp(this.app, "bob@example.com");
        this.anonymous = this.apps.visitor(this.app);
    }

    private AppVisitor signedUp(Project project, String email) {
        AppVisitor visitor = this.apps.visitor(project);
        assertThat(visitor.signUp(email, "a long password").status()).isEqualTo(201);
        return visitor;
    }

    private AppVisitor admin(Project project) {
        String url = api().post("/api/projects/" + project.id() + "/data/admin-link", "application/json", "")
            .json()
            .path("url")
            .asString();
        AppVisitor admin = this.apps.visitor(project);
        URI link = URI.create(url);
        assertThat(admin.get(link.getPath() + "?" + link.getQuery()).status()).isEqualTo(303);
        return admin;
    }

    @Test
    void signedInPeopleCreateRowsTheyOwnAndOnlyTheOwnerChangesOrDeletesThem() {
        assertProblem(this.anonymous.post("/_api/data/posts", Map.of("title", "x")), 401, "Sign in to add to posts.");

        JsonNode post = this.alice.post("/_api/data/posts", Map.of("title", "Alice's")).json();
        String path = "/_api/data/posts/" + post.path("id").asLong();

        assertThat(post.path("owner").asLong()).isPositive();
        assertThat(post.path("ownerName").asString()).isEqualTo("alice");
        assertThat(this.anonymous.get(path).json().path("ownerName").asString()).isEqualTo("alice");
        assertProblem(this.bob.patch(path, Map.of("title", "Bob's now")), 403,
                "Only the person who created this row may change it.");
        assertProblem(this.bob.delete(path), 403, "Only the person who created this row may delete it.");
        assertProblem(this.anonymous.patch(path, Map.of("title", "x")), 401, "Sign in to change rows of posts.");
        assertProblem(this.anonymous.delete(path), 401, "Sign in to delete rows of posts.");
        assertThat(this.alice.patch(path, Map.of("title", "Still Alice's")).status()).isEqualTo(200);
        assertThat(this.anonymous.get(path).json().path("title").asString()).isEqualTo("Still Alice's");
        assertThat(this.bob.get("/_api/data/posts?owner=me").json().path("total").asLong()).isZero();
        assertThat(this.alice.get("/_api/data/posts?owner=me").json().path("total").asLong()).isEqualTo(1);
        assertThat(this.alice.delete(path).status()).isEqualTo(204);
    }

    @Test
    void ownerOnlyCollectionsShowEachPersonTheirOwnRows() {
        long alices = this.alice.post("/_api/data/notes", Map.of("text", "a1")).json().path("id").asLong();
        this.alice.post("/_api/data/notes", Map.of("text", "a2"));
        this.bob.post("/_api/data/notes", Map.of("text", "b1"));

        JsonNode mine = this.alice.get("/_api/data/notes").json();

        assertThat(mine.path("total").asLong()).isEqualTo(2);
        assertThat(mine.path("items").valueStream().map(n -> n.path("text").asString())).containsOnly("a1", "a2");
        assertThat(this.bob.get("/_api/data/notes").json().path("total").asLong()).isEqualTo(1);
        assertThat(this.bob.get("/_api/data/notes?text=a1").json().path("total").asLong()).isZero();
        assertProblem(this.bob.get("/_api/data/notes/" + alices), 403,
                "Only the person who created this row may read it.");
        assertProblem(this.anonymous.get("/_api/data/notes"), 401, "Sign in to list notes.");
        assertProblem(this.anonymous.get("/_api/data/notes/" + alices), 401, "Sign in to read notes.");
        assertThat(this.alice.get("/_api/data/notes/" + alices).json().path("text").asString()).isEqualTo("a1");
    }

    @Test
    void theAppsAdminMayDoEverythingAndOnlyTheAdminWhatIsTheAdmins() {
        AppVisitor admin = admin(this.app);
        long post = this.alice.post("/_api/data/posts", Map.of("title", "Alice's")).json().path("id").asLong();
        this.bob.post("/_api/data/notes", Map.of("text", "b1"));
        long entry = this.anonymous.post("/_api/data/audit", Map.of("what", "visited")).json().path("id").asLong();

        assertProblem(this.alice.post("/_api/data/topics", Map.of("name", "Java")), 403,
                "Only the app's admin may add to topics.");
        assertProblem(this.alice.get("/_api/data/audit"), 403, "Only the app's admin may list audit.");
        assertProblem(this.alice.get("/_api/data/audit/" + entry), 403, "Only the app's admin may read audit.");
        assertProblem(this.anonymous.get("/_api/data/audit"), 401, "Sign in to list audit.");
        assertThat(admin.post("/_api/data/topics", Map.of("name", "Java")).status()).isEqualTo(201);
        assertThat(admin.get("/_api/data/audit").json().path("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/_api/data/notes").json().path("total").asLong()).isEqualTo(1);
        assertThat(admin.patch("/_api/data/posts/" + post, Map.of("title", "Moderated")).status()).isEqualTo(200);
        assertThat(admin.delete("/_api/data/audit/" + entry).status()).isEqualTo(204);
        assertThat(admin.delete("/_api/data/posts/" + post).status()).isEqualTo(204);
    }

    @Test
    void nothingOfOneAppIsReachableFromAnotherAppsOriginOrSession() {
        Project other = this.apps.app(SCHEMA);
        long post = this.alice.post("/_api/data/posts", Map.of("title", "Only in A")).json().path("id").asLong();
        long note = this.alice.post("/_api/data/notes", Map.of("text", "A's note")).json().path("id").asLong();
        AppVisitor onB = this.apps.visitor(other);
        AppVisitor adminOfB = admin(other);

        for (AppVisitor visitor : new AppVisitor[] { onB, adminOfB }) {
            assertThat(visitor.get("/_api/data/posts/" + post).status()).isEqualTo(404);
            assertThat(visitor.get("/_api/data/notes/" + note).status()).isIn(401, 404);
            assertThat(visitor.patch("/_api/data/posts/" + post, Map.of("title", "x")).status()).isIn(401, 404);
            assertThat(visitor.delete("/_api/data/posts/" + post).status()).isIn(401, 404);
            assertThat(visitor.get("/_api/data/posts").json().path("total").asLong()).isZero();
        }
        // Alice's cookie is her session of app A, sent by her browser only to A's host;
        // sent to
        // B it signs nobody in.
        String cookie = "faibric_app_session=" + alicesSession();
        Api.Response withAsCookie = onB.send(onB.request("/_api/data/notes").header("Cookie", cookie).GET());
        assertThat(withAsCookie.status()).isEqualTo(401);
        assertThat(this.alice.get("/_api/data/posts/" + post).json().path("title").asString()).isEqualTo("Only in A");
        assertThat(this.store.counts(other.id())).containsEntry("posts", 0L).containsEntry("notes", 0L);
    }

    private String alicesSession() {
        Api.Response login = this.apps.visitor(this.app).logIn("alice@example.com", "a long password");
        String setCookie = login.header("set-cookie");
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

}
