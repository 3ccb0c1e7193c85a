package dev.faibric.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-up, sign-in and tokens given what an attacker sends: each gets a clean 4xx with a
 * {@code detail}, never a 500, and no account or token is made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = { "faibric.auth.mode=accounts", "faibric.auth.admins=boss@example.com,chief@example.com" })
class HostileSignInTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> bodies() {
        String longEmail = "a".repeat(250) + "@example.com";
        return Stream.of(arguments("/api/auth/signup", "{}", 400), arguments("/api/auth/signup", "[]", 400),
                arguments("/api/auth/signup", "null", 400), arguments("/api/auth/signup", "\"x\"", 400),
                arguments("/api/auth/signup", "{\"email\": 5, \"password\": \"correct horse battery\"}", 400),
                arguments("/api/auth/signup", "{\"email\": \"a@b.co\", \"password\": 1234567890123}", 400),
                arguments("/api/auth/signup", "{\"email\": [\"a@b.co\"], \"password\": \"correct horse battery\"}",
                        400),
                arguments("/api/auth/signup", "{\"email\": \"" + longEmail + "\", \"password\": \"correct horse b\"}",
                        400),
                arguments("/api/auth/signup", "{\"email\": \"a@b.co\", \"password\": \"" + "é".repeat(40) + "\"}", 400),
                arguments("/api/auth/signup", "{\"email\": \"a@b.co\", \"email\": \"c@d.co\", \"password\": \"pw\"}",
                        400),
                arguments("/api/auth/signup", "{\"email\": \"a\\u0000@b.co\", \"password\": \"correct horse battery\"}",
                        400),
                arguments("/api/auth/signup", "{\"email\": \"\\ud800@b.co\", \"password\": \"correct horse battery\"}",
                        400),
                arguments("/api/auth/signup", "{\"email\": \"a@b.co\", \"password\": \"correct horse battery\"", 400),
                arguments("/api/auth/signup", "{\"email\": \"a@b.co\", \"password\": \"short\"}", 400),
                arguments("/api/auth/login", "{}", 400), arguments("/api/auth/login", "{\"email\": \"a@b.co\"}", 400),
                arguments("/api/auth/login", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}", 400),
                arguments("/api/auth/login", "{\"email\": \"' OR 1=1 --@x.co\", \"password\": \"' OR '1'='1\"}", 400),
                arguments("/api/auth/login", "{\"email\": \"'OR'1'='1'--@x.co\", \"password\": \"' OR '1'='1\"}", 401),
                arguments("/api/auth/login", "{\"email\": \"local\", \"password\": \"\"}", 400),
                arguments("/api/auth/login", "{\"email\": \"local@x.co\", \"password\": \"anything at all\"}", 401));
    }

    static Arguments arguments(String path, String body, int status) {
        return Arguments.of(path, body, status);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodies")
    void aHostileBodyGetsACleanAnswerAndMakesNoAccount(String path, String body, int status) {
        long accounts = count("accounts");
        long tokens = count("account_tokens");
        Visitor visitor = new Visitor(baseUrl());
        visitor.get("/api/auth/me");

        Api.Response response = visitor.post(path, body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isNotBlank().doesNotContain("Exception");
        assertThat(response.header("set-cookie")).doesNotContain("FAIBRIC_SESSION=fbs_");
        assertThat(count("accounts")).isEqualTo(accounts);
        assertThat(count("account_tokens")).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void aMadeUpCredentialIsNotSignedIn(String header, String value) {
        Visitor visitor = new Visitor(baseUrl());
        Api.Response response = visitor.sendWith("GET", "/api/projects", header, value);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).contains("Sign in");
    }

    static Stream<Arguments> tokens() {
        return Stream.of(Arguments.of("Authorization", "Bearer "), Arguments.of("Authorization", "Bearer fbt_"),
                Arguments.of("Authorization", "Bearer fbs_" + "A".repeat(43)),
                Arguments.of("Authorization", "Bearer " + "x".repeat(5000)),
                Arguments.of("Authorization", "Basic bG9jYWw6"), Arguments.of("Cookie", "FAIBRIC_SESSION="),
                Arguments.of("Cookie", "FAIBRIC_SESSION=fbt_" + "A".repeat(43)),
                Arguments.of("Cookie", "FAIBRIC_SESSION=' OR 1=1 --"));
    }

    @AfterAll
    void healthy() {
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

}
