package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed and hostile requests to an app's data API, sent by a signed-in user from the
 * app's own page, so the one thing wrong is the thing under test: each gets its clean 4xx
 * problem with a detail naming what is wrong, and nothing is stored. Implemented by a
 * test class per database.
 */
interface HostileDataCases {

    TwoApps apps();

    Map<String, Long> stored(long projectId);

    /**
     * @param name what the case sends
     * @param method the HTTP method
     * @param path the path on the app's origin
     * @param contentType the Content-Type, or null for none
     * @param body the body, or null for none
     * @param status the answer's status
     * @param detail a part of the answer's detail
     */
    record Case(String name, String method, String path, String contentType, String body, int status, String detail) {

        static Case post(String name, String body, String detail) {
            return new Case(name, "POST", "/_api/data/posts", "application/json", body, 400, detail);
        }

        static Case get(String name, String path, int status, String detail) {
            return new Case(name, "GET", path, null, null, status, detail);
        }

    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Bodies that are not a row.
        cases.add(Case.post("malformed JSON", "{\"title\": ", "JSON"));
        cases.add(Case.post("an array", "[{\"title\": \"x\"}]", "object"));
        cases.add(Case.post("a string", "\"title\"", "object"));
        cases.add(Case.post("a number", "42", "object"));
        cases.add(Case.post("null", "null", "object"));
        cases.add(Case.post("an empty body", "", "body"));
        cases.add(Case.post("NaN", "{\"title\": \"x\", \"votes\": NaN}", "JSON"));
        cases.add(Case.post("trailing garbage", "{\"title\": \"x\"} {}", "JSON"));
        cases.add(Case.post("a duplicate key", "{\"title\": \"x\", \"title\": \"y\"}", "title"));
        cases.add(Case.post("deep nesting", "{\"title\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                "nests too deeply"));
        // Fields and values the schema refuses.
        cases.add(Case.post("an unknown field", "{\"title\": \"x\", \"admin\": true}", "admin"));
        cases.add(Case.post("a missing required field", "{\"body\": \"no title\"}", "title"));
        cases.add(Case.post("a required field null", "{\"title\": null}", "title"));
        cases.add(Case.post("text as a number", "{\"title\": 12}", "title"));
        cases.add(Case.post("text as an object", "{\"title\": {\"$gt\": \"\"}}", "title"));
        cases.add(Case.post("text too long", "{\"title\": \"" + "x".repeat(201) + "\"}", "title"));
        cases.add(Case.post("a number as text", "{\"title\": \"x\", \"votes\": \"3\"}", "votes"));
        cases.add(Case.post("a number below its minimum", "{\"title\": \"x\", \"votes\": -1}", "votes"));
        cases.add(Case.post("a huge number", "{\"title\": \"x\", \"votes\": 1e999}", "votes"));
        cases.add(Case.post("a boolean as text", "{\"title\": \"x\", \"solved\": \"yes\"}", "solved"));
        cases.add(Case.post("a boolean as a number", "{\"title\": \"x\", \"solved\": 1}", "solved"));
        cases.add(Case.post("an enum value not listed", "{\"title\": \"x\", \"tag\": \"rant\"}", "tag"));
        cases.add(Case.post("an enum in another case", "{\"title\": \"x\", \"tag\": \"QUESTION\"}", "tag"));
        cases.add(Case.post("a javascript: URL", "{\"title\": \"x\", \"link\": \"javascript:alert(1)\"}", "link"));
        cases.add(Case.post("a data: URL", "{\"title\": \"x\", \"link\": \"data:text/html,<b>x</b>\"}", "link"));
        cases.add(Case.post("a URL that is not one", "{\"title\": \"x\", \"link\": \"not a url\"}", "link"));
        cases.add(Case.post("a date that is not one", "{\"title\": \"x\", \"due\": \"next Tuesday\"}", "due"));
        cases.add(Case.post("a date as a number", "{\"title\": \"x\", \"due\": 1700000000}", "due"));
        cases.add(Case.post("a reference as text", "{\"title\": \"x\", \"topic\": \"Java\"}", "topic"));
        cases.add(Case.post("a negative reference", "{\"title\": \"x\", \"topic\": -1}", "topic"));
        cases.add(Case.post("a fractional reference", "{\"title\": \"x\", \"topic\": 1.5}", "topic"));
        cases.add(Case.post("a reference to nothing", "{\"title\": \"x\", \"topic\": 987654}", "topic"));
        cases.add(Case.post("a server field: id", "{\"title\": \"x\", \"id\": 5}", "id"));
        cases.add(Case.post("a server field: createdAt", "{\"title\": \"x\", \"createdAt\": \"2020-01-01T00:00:00Z\"}",
                "createdAt"));
        cases.add(Case.post("a server field: owner", "{\"title\": \"x\", \"owner\": 1}", "owner"));
        // Requests that are not what the API answers.
        cases.add(new Case("a form post", "POST", "/_api/data/posts", "application/x-www-form-urlencoded", "title=x",
                415, "application/json"));
        cases.add(new Case("text/plain", "POST", "/_api/data/posts", "text/plain", "{\"title\":\"x\"}", 415,
                "application/json"));
        cases.add(new Case("no content type", "POST", "/_api/data/posts", null, "{\"title\":\"x\"}", 415,
                "application/json"));
        cases.add(new Case("an oversized body", "POST", "/_api/data/posts", "application/json",
                "{\"title\": \"x\", \"body\": \"" + "x".repeat(600_000) + "\"}", 413, "512 KB"));
        cases.add(new Case("PUT", "PUT", "/_api/data/posts/1", "application/json", "{\"title\":\"x\"}", 405, "PUT"));
        cases.add(new Case("PATCH with an array", "PATCH", "/_api/data/posts/1", "application/json", "[]", 400,
                "object"));
        cases.add(new Case("PATCH a field to a wrong type", "PATCH", "/_api/data/posts/1", "application/json",
                "{\"votes\": \"many\"}", 400, "votes"));
        cases.add(new Case("POST to one row", "POST", "/_api/data/posts/1", "application/json", "{\"title\":\"x\"}",
                405, "POST"));
        cases.add(Case.get("an unknown collection", "/_api/data/secrets", 404, "secrets"));
        cases.add(Case.get("a collection name with dots", "/_api/data/..%2Fposts", 400, "malformed"));
        cases.add(Case.get("a collection name with SQL", "/_api/data/posts%3Bdrop%20table%20posts", 400, "malformed"));
        cases.add(Case.get("a very long collection name", "/_api/data/" + "p".repeat(5000), 404, ""));
        cases.add(Case.get("an id that is not a number", "/_api/data/posts/abc", 400, "id"));
        cases.add(Case.get("an id too large", "/_api/data/posts/99999999999999999999999", 400, "id"));
        cases.add(Case.get("a negative id", "/_api/data/posts/-3", 404, "-3"));
        cases.add(Case.get("an id that names nothing", "/_api/data/posts/987654", 404, "987654"));
        // Queries the API cannot answer.
        cases.add(Case.get("a filter on an unknown field", "/_api/data/posts?password=x", 400, "password"));
        cases.add(Case.get("an unknown operator", "/_api/data/posts?votes%5Bregex%5D=.*", 400, "regex"));
        cases.add(
                Case.get("a range on text that is a number field", "/_api/data/posts?votes%5Bgt%5D=abc", 400, "votes"));
        cases.add(Case.get("contains on a number", "/_api/data/posts?votes%5Bcontains%5D=1", 400, "votes"));
        cases.add(Case.get("a bad date in a range", "/_api/data/posts?createdAt%5Bgt%5D=yesterday", 400, "createdAt"));
        cases.add(Case.get("a sort on an unknown field", "/_api/data/posts?sort=-password", 400, "password"));
        cases.add(Case.get("too many sort keys", "/_api/data/posts?sort=title,votes,tag,due", 400, "3 keys"));
        cases.add(Case.get("a negative limit", "/_api/data/posts?limit=-1", 400, "limit"));
        cases.add(Case.get("a huge limit", "/_api/data/posts?limit=1000000", 400, "limit"));
        cases.add(Case.get("a limit that is not a number", "/_api/data/posts?limit=all", 400, "limit"));
        cases.add(Case.get("a negative offset", "/_api/data/posts?offset=-10", 400, "offset"));
        cases.add(Case.get("a forged cursor", "/_api/data/posts?cursor=%27%20OR%201%3D1%20--", 400, "cursor"));
        cases.add(Case.get("an unknown parameter", "/_api/data/posts?include=users", 400, "include"));
        cases.add(Case.get("live updates of an unknown collection", "/_api/live?collections=secrets", 404, "secrets"));
        return cases;
    }

    @TestFactory
    default Stream<DynamicTest> eachHostileRequestGetsACleanAnswerAndStoresNothing() {
        AppVisitor alice = apps().alice;
        return cases().stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            Map<String, Long> before = stored(apps().a.id());
            HttpRequest.Builder request = alice.request(hostile.path()).header("Origin", alice.origin());
            if (hostile.contentType() != null) {
                request.header("Content-Type", hostile.contentType());
            }
            request.method(hostile.method(), (hostile.body() == null) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(hostile.body()));
            Api.Response answer = alice.send(request);
            assertThat(answer.status()).as(answer.body()).isEqualTo(hostile.status());
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString()).contains(hostile.detail());
            assertThat(stored(apps().a.id())).isEqualTo(before);
        }));
    }

}
