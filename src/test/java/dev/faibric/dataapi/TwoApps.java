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
     * change; topics are the admin's; orders are seen only by the admin. Jobs are public;
     * an application is seen by its applicant and by the owner of its job, who moves it
     * along; a job's shortlist is its owner's alone.
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
                                    "update": "admin", "delete": "admin"}},
              "jobs": {"fields": {"title": {"type": "text", "required": true}}},
              "applications": {"fields": {"job": {"type": "reference", "collection": "jobs", "required": true},
                                          "letter": {"type": "text", "required": true},
                                          "status": {"type": "enum", "values": ["received", "interview"],
                                                     "default": "received"}},
                               "indexes": [["job"]],
                               "access": {"list": ["owner", "owner of job"], "read": ["owner", "owner of job"],
                                          "create": "signed-in", "update": ["admin", "owner of job"],
                                          "delete": "owner"}},
              "shortlist": {"fields": {"job": {"type": "reference", "collection": "jobs"},
                                       "note": {"type": "text"}},
                            "access": {"list": "owner of job", "read": "owner of job", "create": "owner of job",
                                       "update": "owner of job", "delete": "owner of job"}}
            }}
            """;

    record App(long id, String slug) {
    }

    final App a;

    final App b;

    final AppVisitor alice;

    final AppVisitor bob;

    final AppVisitor carol;

    /** Another employer on A. */
    final AppVisitor erin;

    final AppVisitor adminOfA;

    final AppVisitor anonymousOnA;

    final AppVisitor anonymousOnB;

    /** Alice's rows on A: a note, a post, an order; Carol's on B: a post. */
    final long alicesNote;

    final long alicesPost;

    final long alicesOrder;

    final long topicOfA;

    final long carolsPost;

    /** Jobs on A posted by Alice and by Erin. */
    final long alicesJob;

    final long erinsJob;

    /**
     * Applications on A: Bob's to Alice's job and to Erin's, Erin's to Alice's; Bob's
     * letters say "Bob", Erin's "Erin".
     */
    final long bobsApplication;

    final long bobsApplicationToErin;

    final long erinsApplication;

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
        this.erin = signedUp(new AppVisitor(a.slug(), port), "erin-" + run + "@example.com");
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
        this.alicesJob = created(this.alice.post("/_api/data/jobs", Map.of("title", "Alice's barista job")));
        this.erinsJob = created(this.erin.post("/_api/data/jobs", Map.of("title", "Erin's baker job")));
        this.bobsApplication = created(
                this.bob.post("/_api/data/applications", Map.of("job", this.alicesJob, "letter", "Bob pours well")));
        this.bobsApplicationToErin = created(
                this.bob.post("/_api/data/applications", Map.of("job", this.erinsJob, "letter", "Bob bakes too")));
        this.erinsApplication = created(
                this.erin.post("/_api/data/applications", Map.of("job", this.alicesJob, "letter", "Erin pours too")));
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
