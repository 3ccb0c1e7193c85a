package dev.faibric.dataapi;

import static dev.faibric.dataapi.AppDataApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.project.Project;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The owner's view of an app's data on the platform: its collections and counts, what is
 * hidden, every row (owner-only ones too), deleting rows, exports as JSON and CSV, and
 * the app's users.
 */
class OwnerDataApiTests extends DataApiTest {

    static final String SCHEMA = """
            {'collections': {
              'notes': {'fields': {'text': {'type': 'text'}, 'stars': {'type': 'number'}},
                        'access': {'list': 'owner', 'read': 'owner', 'create': 'signed-in'}},
              'old': {'fields': {'x': {'type': 'text'}}}}}
            """;

    private Project appWithNotes() {
        Project app = this.apps.app(SCHEMA);
        AppVisitor ann = this.apps.visitor(app);
        ann.signUp("ann@example.com", "a long password");
        ann.post("/_api/data/notes", Map.of("text", "plain", "stars", 3));
        ann.post("/_api/data/notes", Map.of("text", "=HYPERLINK(\"http://x\"),\"quoted\"\nline"));
        ann.post("/_api/data/notes", Map.of("text", "@sum", "stars", -2.5));
        return app;
    }

    @Test
    void theOverviewHasTheSchemaEachCollectionsCountAndFieldsTheUsersAndWhatIsHidden() {
        Project app = appWithNotes();
        this.store.apply(app.id(), AppSchema.parse("""
                {"collections": {"notes": {"fields": {"text": {"type": "text"}},
                  "access": {"list": "owner", "read": "owner", "create": "signed-in"}}}}""").orThrow());

        JsonNode data = api().get("/api/projects/" + app.id() + "/data").json();

        assertThat(data.at("/schema/collections/notes/access/list").asString()).isEqualTo("owner");
        assertThat(data.path("collections").toString())
            .isEqualTo("[{\"name\":\"notes\",\"count\":3,\"fields\":[{\"name\":\"text\",\"type\":\"text\"}]}]");
        assertThat(data.path("users").asLong()).isEqualTo(1);
        assertThat(data.path("hidden").valueStream().map(JsonNode::asString)).containsExactly("notes.stars", "old");
        assertThat(api().get("/api/projects/" + this.apps.app(null).id() + "/data").json().toString())
            .isEqualTo("{\"schema\":{\"collections\":{}},\"collections\":[],\"users\":0,\"hidden\":[]}");
        assertProblem(api().get("/api/projects/987654321/data"), 404, "No project with id 987654321");
    }

    @Test
    void theOwnerSeesEveryRowAndDeletesRows() {
        Project app = appWithNotes();
        String rows = "/api/projects/" + app.id() + "/data/notes";

        JsonNode page = api().get(rows + "?limit=2&offset=1").json();

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("items").get(0).path("ownerName").asString()).isEqualTo("ann");
        long id = page.path("items").get(0).path("id").asLong();
        assertThat(delete(rows + "/" + id).statusCode()).isEqualTo(204);
        assertThat(delete(rows + "/" + id).statusCode()).isEqualTo(404);
        assertThat(api().get(rows).json().path("total").asLong()).isEqualTo(2);
        assertProblem(api().get(rows + "?limit=1000"), 400, "limit must be a whole number from 1 to 200.");
        assertProblem(api().get("/api/projects/" + app.id() + "/data/posts"), 404,
                "This app has no collection \"posts\"; its collections are notes, old.");
    }

    @Test
    void aCollectionExportsAsJsonAndAsCsvWithSpreadsheetFormulasDefused() {
        Project app = appWithNotes();
        String export = "/api/projects/" + app.id() + "/data/notes/export";

        Api.Response json = api().get(export + "?format=json");
        Api.Response csv = api().get(export + "?format=csv");

        assertThat(json.header("content-disposition")).isEqualTo("attachment; filename=\"notes.json\"");
        assertThat(json.json()).hasSize(3);
        assertThat(json.json().get(2).path("stars").asDouble()).isEqualTo(-2.5);
        assertThat(csv.header("content-type")).startsWith("text/csv");
        assertThat(csv.header("content-disposition")).isEqualTo("attachment; filename=\"notes.csv\"");
        List<String> lines = List.of(csv.body().split("\r\n", -1));
        assertThat(lines.getFirst()).isEqualTo("id,createdAt,updatedAt,owner,ownerName,text,stars");
        assertThat(lines.get(1)).endsWith(",ann,plain,3");
        assertThat(lines.get(2)).endsWith(",ann,\"'=HYPERLINK(\"\"http://x\"\"),\"\"quoted\"\"\nline\",");
        assertThat(lines.get(3)).endsWith(",ann,'@sum,-2.5");
        assertThat(lines.getLast()).isEmpty();
        assertProblem(api().get(export + "?format=xml"), 400, "format must be json or csv.");
        assertProblem(api().get("/api/projects/" + app.id() + "/data/posts/export"), 404,
                "This app has no collection \"posts\".");
    }

    @Test
    void anExportHasEveryRowHoweverManyPages() {
        Project app = this.apps.app("{'collections': {'n': {'fields': {'i': {'type': 'number'}}}}}");
        for (int i = 0; i < 450; i++) {
            this.store.create(app.id(), "n", Api.JSON.readTree("{\"i\": " + i + "}"), null);
        }

        JsonNode all = api().get("/api/projects/" + app.id() + "/data/n/export").json();

        assertThat(all.valueStream().map(r -> r.path("i").asInt()).toList())
            .isEqualTo(java.util.stream.IntStream.range(0, 450).boxed().toList());
    }

    @Test
    void theOwnerSeesTheAppsUsersAndRemovesThem() {
        Project app = this.apps.app(SCHEMA);
        this.apps.visitor(app).signUp("ann@example.com", "a long password");
        AppVisitor bob = this.apps.visitor(app);
        bob.signUp("bob@example.com", "a long password");
        String users = "/api/projects/" + app.id() + "/data/_users";

        JsonNode page = api().get(users).json();

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").valueStream().map(u -> u.path("email").asString()))
            .containsExactly("ann@example.com", "bob@example.com");
        assertThat(page.path("items").get(0).propertyNames()).containsExactly("id", "email", "name", "admin",
                "createdAt");
        long bobsId = page.path("items").get(1).path("id").asLong();
        assertThat(delete(users + "/" + bobsId).statusCode()).isEqualTo(204);
        assertThat(delete(users + "/" + bobsId).statusCode()).isEqualTo(404);
        assertThat(bob.get("/_api/auth/me").json().path("user").isNull()).isTrue();
        assertThat(api().get(users + "?limit=1&offset=0").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aCollectionNamedUsersIsTheAppsOwnNotItsSignedInPeople() {
        Project app = this.apps.app("""
                {'collections': {'users': {'fields': {'nick': {'type': 'text'}},
                                           'access': {'create': 'public', 'list': 'public'}}}}
                """);
        AppVisitor ann = this.apps.visitor(app);
        ann.signUp("ann@example.com", "a long password");
        ann.post("/_api/data/users", Map.of("nick", "annie"));

        JsonNode rows = api().get("/api/projects/" + app.id() + "/data/users").json();
        JsonNode people = api().get("/api/projects/" + app.id() + "/data/_users").json();

        assertThat(rows.path("items").get(0).path("nick").asString()).isEqualTo("annie");
        assertThat(people.path("items").get(0).path("email").asString()).isEqualTo("ann@example.com");
    }

    private HttpResponse<String> delete(String path) {
        try {
            return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
