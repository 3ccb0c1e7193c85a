package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an app's sign-in refuses, each with a clean 4xx that says why and nothing stored:
 * bodies that are not the JSON it takes, changes from another origin, and bodies that are
 * not JSON at all.
 */
class AppSignInRefusalTests extends IntegrationTest {

    private static final String OK = "\"password\": \"long enough\"";

    @Autowired
    Projects projects;

    @Autowired
    AppUserDirectory directory;

    private Project app;

    private AppVisitor visitor;

    @BeforeEach
    void anApp() {
        app = AppSignInTests.app(projects);
        visitor = new AppVisitor(app.slug(), port);
    }

    static Stream<Arguments> malformedSignUps() {
        return Stream.of(Arguments.of("not json", "not valid JSON"), Arguments.of("[]", "must be a JSON object"),
                Arguments.of("\"ann@example.com\"", "must be a JSON object"), Arguments.of("null", "JSON object"),
                Arguments.of("{}", "Send an e-mail address"),
                Arguments.of("{\"email\": \"ann@example.com\"}", "Send a password"),
                Arguments.of("{\"email\": null, " + OK + "}", "Send an e-mail address"),
                Arguments.of("{\"email\": 7, " + OK + "}", "\"email\" must be text"),
                Arguments.of("{\"email\": [\"ann@example.com\"], " + OK + "}", "\"email\" must be text"),
                Arguments.of("{\"email\": \"ann@example.com\", \"password\": 12345678}", "\"password\" must be text"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"admin\": true}", "Unknown key \"admin\""),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"id\": 1}", "Unknown key \"id\""),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"email\": \"bob@example.com\"}",
                        "more than once"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + "} {}", "not valid JSON"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK, "not valid JSON"),
                Arguments.of("{\"email\": \"\", " + OK + "}", "is empty"),
                Arguments.of("{\"email\": \"   \", " + OK + "}", "is empty"),
                Arguments.of("{\"email\": \"ann.example.com\", " + OK + "}", "needs one @"),
                Arguments.of("{\"email\": \"ann@@example.com\", " + OK + "}", "needs one @"),
                Arguments.of("{\"email\": \"@example.com\", " + OK + "}", "needs one @"),
                Arguments.of("{\"email\": \"ann@\", " + OK + "}", "needs one @"),
                Arguments.of("{\"email\": \"ann smith@example.com\", " + OK + "}", "spaces or control"),
                Arguments.of("{\"email\": \"ann\\u0000@example.com\", " + OK + "}", "spaces or control"),
                Arguments.of("{\"email\": \"ann\\u200b@example.com\", " + OK + "}", "spaces or control"),
                Arguments.of("{\"email\": \"" + "a".repeat(250) + "@b.co\", " + OK + "}", "at most 254"),
                Arguments.of("{\"email\": \"ann@example.com\", \"password\": \"pass\\ud800word\"}",
                        "unpaired surrogate"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"name\": 5}", "\"name\" must be text"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"name\": \"a\\u0007b\"}",
                        "control character"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"name\": \"\\u200b\\u200b\"}",
                        "no visible characters"),
                Arguments.of("{\"email\": \"ann@example.com\", " + OK + ", \"name\": \"" + "n".repeat(101) + "\"}",
                        "at most 100"),
                Arguments.of("{\"email\": \"ann@example.com\", \"password\": \"short\"}", "8 to 128"));
    }

    @ParameterizedTest
    @MethodSource("malformedSignUps")
    void aMalformedSignUpIsABadRequestThatSaysWhyAndStoresNothing(String body, String why) {
        Api.Response response = visitor.post("/_api/auth/signup", body);

        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).as(body).contains(why);
        assertThat(response.header("set-cookie")).isEmpty();
        assertThat(directory.count(app.id())).isZero();
    }

    @Test
    void aLogInTakesOnlyAnAddressAndAPassword() {
        visitor.signUp("ann@example.com", "long enough");

        Api.Response withName = visitor.post("/_api/auth/login",
                "{\"email\": \"ann@example.com\", \"password\": \"long enough\", \"name\": \"Ann\"}");
        Api.Response empty = visitor.post("/_api/auth/login", "");

        assertThat(withName.status()).isEqualTo(400);
        assertThat(withName.json().path("detail").asString())
            .isEqualTo("Unknown key \"name\": send only \"email\" and \"password\".");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString()).isEqualTo("The request body is missing.");
    }

    @Test
    void aBodyOverSixteenKilobytesIsTooLarge() {
        Api.Response response = visitor.post("/_api/auth/signup",
                "{\"email\": \"ann@example.com\", " + OK + ", \"name\": \"" + "n".repeat(20_000) + "\"}");

        assertThat(response.status()).isEqualTo(413);
    }

    static Stream<Arguments> foreignChanges() {
        return Stream.of(Arguments.of("Origin", "http://other-app.apps.localhost:%d"),
                Arguments.of("Origin", "http://localhost:%d"), Arguments.of("Origin", "null"),
                Arguments.of("Origin", "https://%%s.apps.localhost:%d"), Arguments.of("Sec-Fetch-Site", "same-site"),
                Arguments.of("Sec-Fetch-Site", "cross-site"));
    }

    @ParameterizedTest
    @MethodSource("foreignChanges")
    void aChangeFromAnotherOriginIsForbidden(String header, String value) {
        String sent = value.formatted(port).formatted(app.slug());
        for (String path : new String[] { "/_api/auth/signup", "/_api/auth/login", "/_api/auth/logout" }) {
            Api.Response response = visitor.send(visitor.request(path)
                .header("Content-Type", "application/json")
                .header(header, sent)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"ann@example.com\", " + OK + "}")));

            assertThat(response.status()).as(path + " " + header + ": " + sent).isEqualTo(403);
            assertThat(response.json().path("detail").asString()).contains("only from its own pages");
        }
        assertThat(directory.count(app.id())).isZero();
    }

    @Test
    void aSignedInVisitorCannotBeSignedOutFromAnotherOrigin() {
        visitor.signUp("ann@example.com", "long enough");

        Api.Response response = visitor.send(visitor.request("/_api/auth/logout")
            .header("Content-Type", "application/json")
            .header("Origin", "http://other-app.apps.localhost:" + port)
            .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(visitor.get("/_api/auth/me").json().path("user").path("email").asString())
            .isEqualTo("ann@example.com");
    }

    @Test
    void aChangeFromTheAppsOwnPageOrFromNoBrowserIsAccepted() {
        Api.Response sameOrigin = visitor.send(visitor.request("/_api/auth/signup")
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Origin", visitor.origin())
            .header("Sec-Fetch-Site", "same-origin")
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"ann@example.com\", " + OK + "}")));
        Api.Response script = visitor.send(visitor.request("/_api/auth/signup")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"bob@example.com\", " + OK + "}")));

        assertThat(sameOrigin.status()).isEqualTo(201);
        assertThat(script.status()).isEqualTo(201);
    }

    @Test
    void aChangeThatIsNotJsonIsAnUnsupportedMediaType() {
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/jsonx", "not a type" }) {
            Api.Response response = visitor.send(visitor.request("/_api/auth/signup")
                .header("Content-Type", type)
                .header("Origin", visitor.origin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"ann@example.com\", " + OK + "}")));
            assertThat(response.status()).as(type).isEqualTo(415);
            assertThat(response.json().path("detail").asString()).startsWith("Send the request as JSON");
        }
        Api.Response noType = visitor.send(visitor.request("/_api/auth/logout")
            .header("Origin", visitor.origin())
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noType.status()).isEqualTo(415);
        assertThat(directory.count(app.id())).isZero();
    }

    @Test
    void otherMethodsAreNotAllowed() {
        assertThat(visitor.get("/_api/auth/signup").status()).isEqualTo(405);
        assertThat(visitor.delete("/_api/auth/me").status()).isEqualTo(405);
        assertThat(visitor.post("/_api/auth/me", "{}").status()).isEqualTo(405);
    }

}
