package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing an app's users' passwords is slow: sign-ups and log-ins are counted per app
 * and per address on that app.
 */
@TestPropertySource(
        properties = { "faibric.limits.app-sign-in.per-address=3", "faibric.limits.app-sign-in.per-account=5" })
class AppSignInRateTests extends IntegrationTest {

    private static final String GUESS = "{\"email\": \"victim@example.com\", \"password\": \"guess number one\"}";

    @Autowired
    Projects projects;

    @Test
    void aFourthAttemptInAMinuteFromOneAddressIsTooManyOnThatAppOnly() {
        Project app = AppSignInTests.app(projects);
        AppVisitor guesser = new AppVisitor(app.slug(), port);
        assertThat(guesser.signUp("guesser@example.com", "guess number one").status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            assertThat(guesser.post("/_api/auth/login", GUESS).status()).isEqualTo(401);
        }

        Api.Response refused = guesser.post("/_api/auth/login", GUESS);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("retry-after")).matches("[1-9][0-9]*");
        assertThat(refused.json().path("detail").asString())
            .startsWith("Too many sign-in attempts on this app: at most 3 a minute from one address.");
        assertThat(guesser.signUp("another@example.com", "guess number one").status()).isEqualTo(429);
        assertThat(guesser.get("/_api/auth/me").status()).isEqualTo(200);
        Project other = AppSignInTests.app(projects);
        assertThat(new AppVisitor(other.slug(), port).post("/_api/auth/login", GUESS).status()).isEqualTo(401);
    }

    @Test
    void anAppTakesAtMostItsRateFromAllAddressesTogether() throws Exception {
        Project app = AppSignInTests.app(projects);
        for (int i = 0; i < 3; i++) {
            assertThat(logInFrom("127.0.0.2", app).statusCode()).isEqualTo(401);
        }
        assertThat(logInFrom("127.0.0.3", app).statusCode()).isEqualTo(401);
        assertThat(logInFrom("127.0.0.3", app).statusCode()).isEqualTo(401);

        HttpResponse<String> refused = logInFrom("127.0.0.4", app);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many sign-in attempts on this app: at most 5 a minute on one app.");
    }

    private HttpResponse<String> logInFrom(String address, Project app) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        return client.send(HttpRequest
            .newBuilder(URI.create("http://" + app.slug() + ".apps.localhost:" + port + "/_api/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(GUESS))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
