package dev.faibric.dataapi;

import static dev.faibric.dataapi.AppDataApiTests.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Malformed and hostile data API requests, each answered with a clean 4xx problem whose
 * detail says what is wrong, and nothing stored.
 */
class MalformedDataRequestTests extends IntegrationTest {

    static final String SCHEMA = """
            {'collections': {'posts': {
              'fields': {'title': {'type': 'text', 'required': true, 'max': 50}, 'votes': {'type': 'number'},
                         'done': {'type': 'boolean'}, 'tag': {'type': 'enum', 'values': ['a', 'b']},
                         'link': {'type': 'url'}, 'due': {'type': 'datetime'}, 'topic': {'type': 'reference', 'collection': 'posts'}},
              'access': {'create': 'public', 'update': 'public', 'delete': 'public'}}}}
            """;

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore store;

    Project app;

    AppVisitor visitor;

    long existing;

    @BeforeEach
    void app() {
        DataApps apps = new DataApps(this.projects, this.store, this.port);
        this.app = apps.app(SCHEMA);
        this.visitor = apps.visitor(this.app);
        this.existing = this.visitor.post("/_api/data/posts", Map.of("title", "Kept")).json().path("id").asLong();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(Arguments.of("{\"title\": ", 400, "The body is not valid JSON"),
                Arguments.of("{\"title\": \"a\", \"title\": \"b\"}", 400, "Duplicate"),
                Arguments.of("[{\"title\": \"a\"}]", 400, "the body must be a JSON object of field values"),
                Arguments.of("\"title\"", 400, "the body must be a JSON object of field values"),
                Arguments.of("42", 400, "the body must be a JSON object of field values"),
                Arguments.of("null", 400, "the body must be a JSON object of field values"),
                Arguments.of("", 400, "The body is empty"), Arguments.of("{}", 400, "\"title\" is required"),
                Arguments.of("{\"title\": 5}", 400, "\"title\" must be a string"),
                Arguments.of("{\"title\": \"" + "x".repeat(51) + "\"}", 400, "\"title\" must be at most 50 characters"),
                Arguments.of("{\"title\": \"a\\u0000b\"}", 400, "must not contain control characters"),
                Arguments.of("{\"title\": \"\\ud800\"}", 400, "\"title\" holds half of a UTF-16 character"),
                Arguments.of("{\"title\": \"a\", \"votes\": \"5\"}", 400, "\"votes\" must be a number"),
                Arguments.of("{\"title\": \"a\", \"votes\": 1e400}", 400, "\"votes\" must be a finite number"),
                Arguments.of("{\"title\": \"a\", \"done\": \"true\"}", 400, "\"done\" must be true or false"),
                Arguments.of("{\"title\": \"a\", \"tag\": \"c\"}", 400, "\"tag\" must be one of: a, b"),
                Arguments.of("{\"title\": \"a\", \"link\": \"javascript:alert(1)\"}", 400,
                        "\"link\" must be an http or https URL"),
                Arguments.of("{\"title\": \"a\", \"due\": \"tomorrow\"}", 400, "\"due\" must be an ISO-8601 date-time"),
                Arguments.of("{\"title\": \"a\", \"topic\": -3}", 400, "\"topic\" must be the id of a row in posts"),
                Arguments.of("{\"title\": \"a\", \"id\": 1}", 400, "\"id\" is set by the server"),
                Arguments.of("{\"title\": \"a\", \"owner\": 1}", 400, "\"owner\" is set by the server"),
                Arguments.of("{\"title\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\"}", 400,
                        "\"createdAt\" is set by the server"),
                Arguments.of("{\"title\": \"a\", \"color\": \"red\"}", 400, "\"color\" is not a field of posts"),
                Arguments.of("[".repeat(5000) + "]".repeat(5000), 400, "The body nests too deeply"), Arguments
                    .of("{\"title\": \"" + "x".repeat(600 * 1024) + "\"}", 413, "The body may be at most 512 KB."));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void aBadBodyIsRefusedAndNothingIsStored(String body, int status, String detail) {
        Api.Response created = this.visitor.post("/_api/data/posts", body);
        Api.Response changed = this.visitor.patch("/_api/data/posts/" + this.existing, body.equals("{}") ? "[]" : body);

        assertThat(created.status()).as(created.body()).isEqualTo(status);
        assertThat(created.header("content-type")).startsWith("application/problem+json");
        assertThat(created.json().path("detail").asString()).contains(detail);
        assertThat(changed.status()).as(changed.body()).isEqualTo(status);
        assertThat(this.store.counts(this.app.id())).containsEntry("posts", 1L);
        assertThat(this.visitor.get("/_api/data/posts/" + this.existing).json().path("title").asString())
            .isEqualTo("Kept");
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(Arguments.of("limit=500", "limit must be a whole number from 1 to 200."),
                Arguments.of("limit=0", "limit must be a whole number from 1 to 200."),
                Arguments.of("limit=99999999999999999999", "limit must be a whole number from 1 to 200."),
                Arguments.of("limit=ten", "limit must be a whole number from 1 to 200."),
                Arguments.of("limit=1&limit=2", "Send limit once."),
                Arguments.of("offset=-1", "offset must be a whole number from 0 to 1000000."),
                Arguments.of("offset=0x10", "offset must be a whole number from 0 to 1000000."),
                Arguments.of("sort=title,votes,done,tag", "Sort by at most 3 keys, not 4."),
                Arguments.of("sort=--title", "sort is a list of up to 3 field names"),
                Arguments.of("sort=", "sort is a list of up to 3 field names"),
                Arguments.of("sort=color", "Cannot sort by \"color\""),
                Arguments.of("color=red", "Cannot filter by \"color\""),
                Arguments.of(encode("votes[between]") + "=1", "Unknown operator \"between\" in votes[between]"),
                Arguments.of(encode("votes[gt") + "=1", "Unknown parameter \"votes[gt\""),
                Arguments.of(encode("$where") + "=1", "Unknown parameter \"$where\""),
                Arguments.of(encode("votes[gt]") + "=" + encode("1; DROP TABLE posts"),
                        "Filter votes[gt]: \"1; DROP TABLE posts\" is not a number."),
                Arguments.of("done=maybe", "Filter done[eq]: \"maybe\" is not true or false."),
                Arguments.of(encode("done[lt]") + "=true", "a true-or-false field can only be compared"),
                Arguments.of(encode("votes[contains]") + "=1", "contains works on text fields only"),
                Arguments.of("tag=c", "Filter tag[eq]: \"c\" is not one of a, b."),
                Arguments.of("id=abc", "Filter id[eq]: \"abc\" is not an id"),
                Arguments.of("owner=7", "owner can only be \"me\""),
                Arguments.of("cursor=garbage", "The cursor is not one this list gave"),
                Arguments.of("cursor=x&offset=5", "Send either offset or cursor, not both."));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void aBadListQueryIsRefusedNamingWhatIsWrong(String query, String detail) {
        Api.Response response = this.visitor.get("/_api/data/posts?" + query);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(Arguments.of("GET", "/_api/data/posts/abc", 400),
                Arguments.of("GET", "/_api/data/posts/0x1", 400),
                Arguments.of("GET", "/_api/data/posts/99999999999999999999", 400),
                Arguments.of("GET", "/_api/data/posts/-1", 404), Arguments.of("GET", "/_api/data/posts/123456789", 404),
                Arguments.of("GET", "/_api/data/" + "p".repeat(300), 404),
                Arguments.of("PUT", "/_api/data/posts/1", 405), Arguments.of("DELETE", "/_api/data/posts", 405),
                Arguments.of("DELETE", "/_api/data/posts/987654", 404), Arguments.of("POST", "/_api/schema", 405));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void aBadPathOrMethodIsAProblem(String method, String path, int status) {
        Api.Response response = this.visitor.send(this.visitor.request(path)
            .header("Origin", this.visitor.origin())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString("{\"title\": \"x\"}")));

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(this.store.counts(this.app.id())).containsEntry("posts", 1L);
    }

    static Stream<Arguments> foreignWrites() {
        return Stream.of(Arguments.of("text/plain", null, null, 415), Arguments.of(null, null, null, 415),
                Arguments.of("application/x-www-form-urlencoded", null, null, 415),
                Arguments.of("multipart/form-data; boundary=x", null, null, 415),
                Arguments.of("application/json", "http://other-app.apps.localhost:1234", null, 403),
                Arguments.of("application/json", "null", null, 403),
                Arguments.of("application/json", null, "same-site", 403),
                Arguments.of("application/json", null, "cross-site", 403));
    }

    @ParameterizedTest
    @MethodSource("foreignWrites")
    void aWriteThatIsNotJsonOrComesFromAnotherPageIsRefused(String type, String origin, String site, int status) {
        for (String method : new String[] { "POST", "PATCH", "DELETE" }) {
            if (method.equals("DELETE") && status == 415) {
                continue;
            }
            String path = method.equals("POST") ? "/_api/data/posts" : "/_api/data/posts/" + this.existing;
            HttpRequest.Builder request = this.visitor.request(path)
                .method(method, HttpRequest.BodyPublishers.ofString("{\"title\": \"Changed\"}"));
            if (type != null) {
                request.header("Content-Type", type);
            }
            if (origin != null) {
                request.header("Origin", origin);
            }
            if (site != null) {
                request.header("Sec-Fetch-Site", site);
            }

            Api.Response response = this.visitor.send(request);

            assertThat(response.status()).as(method + " " + response.body()).isEqualTo(status);
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
        assertThat(this.store.counts(this.app.id())).containsEntry("posts", 1L);
        assertThat(this.visitor.get("/_api/data/posts/" + this.existing).json().path("title").asString())
            .isEqualTo("Kept");
    }

}
