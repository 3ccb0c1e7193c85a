package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import java.util.Map;
import java.util.UUID;

/**
 * Two deployed apps, A and B, with the same data model, so every collection name and many
 * row ids exist in both; their users (Alice and Bob on A, Carol on B) and rows of each.
 * Tests use it to try one app or one user against another's data.
 */
final class TwoApps {

    /**
     * Notes are private to their writer; posts are public to read and their writer's to
     * change; topics are the admin's; orders are seen only by the admin.
     */
    static final String SCHEMA = """
            {"collections": {
              "notes": {"fields": {"text": {"type": "text", "required": true}},
                        "access": {"list": "owner", "read": "owner", "create": "signed-in",
                                   "update": "owner", "delete": "owner"}},
              "topics": {"fields": {"name": {"type": "text", "required": true, "unique": true}},
                         "access": {"create": "admin", "update": "admin", "delete": "admin"}},
              "posts": {"fields": {"title": {"type": "text", "required": true, "max": 200},
                                   "body": {"type": "longtext"},
                                   "votes": {"type": "number", "default": 0, "min": 0},
                                   "solved": {"type": "boolean", "default": false},
                                   "tag": {"type": "enum", "values": ["question", "idea"], "default": "question"},
                                   "link": {"type": "url"},
                                   "due": {"type": "datetime"},
                                   "topic": {"type": "reference", "collection": "topics"}},
                        "indexes": [["tag", "votes"]]},
              "orders": {"fields": {"total": {"type": "number", "required": true, "min": 0}},
                         "access": {"list": "admin", "read": "admin", "create": "signed-in",
                                    "update": "admin", "delete": "admin"}}
            }}
            """;

    record App(long id, String slug) {
    }

    final App a;

    final App b;

    final AppVisitor alice;

    final AppVisitor bob;

    final AppVisitor carol;

    final AppVisitor adminOfA;

    final AppVisitor anonymousOnA;

    final AppVisitor anonymousOnB;

    /** Alice's rows on A: a note, a post, an order; Carol's on B: a post. */
    final long alicesNote;

    final long alicesPost;

    final long alicesOrder;

    final long topicOfA;

    final long carolsPost;

    /**
     * @param api the platform's REST API
     * @param projects where the apps are created
     * @param port the port Faibric listens on
     */
    TwoApps(Api api, Projects projects, int port, AppDataStore store) {
        AppSchema schema = AppSchema.parse(SCHEMA).orThrow();
        this.a = create(projects, store, schema);
        this.b = create(projects, store, schema);
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.alice = signedUp(new AppVisitor(a.slug(), port), "alice-" + run + "@example.com");
        this.bob = signedUp(new AppVisitor(a.slug(), port), "bob-" + run + "@example.com");
        this.carol = signedUp(new AppVisitor(b.slug(), port), "carol-" + run + "@example.com");
        this.anonymousOnA = new AppVisitor(a.slug(), port);
        this.anonymousOnB = new AppVisitor(b.slug(), port);
        this.adminOfA = new AppVisitor(a.slug(), port);
        String link = api.post("/api/projects/" + a.id() + "/data/admin-link", "application/json", "{}")
            .json()
            .path("url")
            .asString();
        this.adminOfA.send(this.adminOfA.request(link.substring(this.adminOfA.origin().length())).GET());
        this.topicOfA = created(this.adminOfA.post("/_api/data/topics", Map.of("name", "Java")));
        // B gets fewer rows than A (tests add a few), so A's later ids name nothing on B.
        this.carolsPost = created(this.carol.post("/_api/data/posts", Map.of("title", "Carol's post on B")));
        for (int i = 0; i < 5; i++) {
            created(this.alice.post("/_api/data/posts", Map.of("title", "A warm-up post")));
        }
        this.alicesPost = created(this.alice.post("/_api/data/posts",
                Map.of("title", "Alice's secret-ish post", "votes", 3, "topic", this.topicOfA)));
        created(this.alice.post("/_api/data/notes", Map.of("text", "a warm-up note")));
        this.alicesNote = created(this.alice.post("/_api/data/notes", Map.of("text", "Alice's private note")));
        this.alicesOrder = created(this.alice.post("/_api/data/orders", Map.of("total", 42)));
    }

    /** An app with the data model; the data API needs no deployed version to answer. */
    private static App create(Projects projects, AppDataStore store, AppSchema schema) {
        Project project = projects.create(new NewProject("Board", "a board people post to", AppType.WEBAPP));
        store.apply(project.id(), schema);
        return new App(project.id(), project.slug());
    }

    private static AppVisitor signedUp(AppVisitor visitor, String email) {
        Api.Response answer = visitor.signUp(email, "correct horse battery");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return visitor;
    }

    static long created(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asLong();
    }

}
