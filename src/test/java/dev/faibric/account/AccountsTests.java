package dev.faibric.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With {@code FAIBRIC_AUTH=accounts}: who may do what. Anonymous requests are 401; a
 * project is its owner's alone, and to anyone else it does not exist, on every path.
 */
@TestPropertySource(
        properties = { "faibric.auth.mode=accounts", "faibric.auth.admins=boss@example.com,chief@example.com" })
class AccountsTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    private String someone() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void anAnonymousRequestIsAnsweredUnauthorizedWithAProblem() {
        Visitor anonymous = new Visitor(baseUrl());

        for (String path : new String[] { "/api/projects", "/api/projects/1", "/api/auth/me", "/api/system/info",
                "/api/repository/search?q=pricing", "/api/projects/1/versions/1/export" }) {
            Api.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("content-type")).as(path).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).as(path).contains("Sign in");
        }
        assertThat(anonymous.post("/api/v2/generate/", "{\"prompt\": \"a tip calculator\"}").status()).isEqualTo(401);
        assertThatThrownBy(() -> SocketClient.connect("ws://localhost:" + port + "/ws/project/1/", Map.of()))
            .hasStackTraceContaining("status code 401");
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/").status()).as("the UI itself loads, to show the sign-in page").isEqualTo(200);
    }

    @Test
    void peopleSignUpSignInAndSignOut() {
        String email = someone();
        Visitor visitor = Visitor.signedUp(baseUrl(), email);

        JsonNode me = visitor.get("/api/auth/me").json();
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("role").asString()).isEqualTo("user");
        assertThat(me.path("auth").asString()).isEqualTo("accounts");

        assertThat(visitor.post("/api/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(visitor.get("/api/auth/me").status()).isEqualTo(401);

        Api.Response wrong = visitor.post("/api/auth/login",
                "{\"email\": \"" + email + "\", \"password\": \"not the password\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("detail").asString()).isEqualTo("Wrong e-mail address or password.");
        Api.Response nobody = visitor.post("/api/auth/login",
                "{\"email\": \"nobody@example.com\", \"password\": \"correct horse battery\"}");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.body()).isEqualTo(wrong.body()
            .replace(wrong.json().path("instance").asString(), nobody.json().path("instance").asString()));

        Api.Response right = visitor.post("/api/auth/login",
                "{\"email\": \"" + email.toUpperCase() + "\", \"password\": \"correct horse battery\"}");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.header("set-cookie")).contains("FAIBRIC_SESSION=")
            .contains("HttpOnly")
            .contains("SameSite=Lax");
        assertThat(visitor.get("/api/auth/me").json().path("email").asString()).isEqualTo(email);
    }

    @Test
    void signUpSaysWhatIsWrong() {
        Visitor visitor = new Visitor(baseUrl());
        visitor.get("/api/auth/me");
        String email = someone();

        Api.Response shortPassword = visitor.post("/api/auth/signup",
                "{\"email\": \"" + email + "\", \"password\": \"short\"}");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().path("detail").asString()).contains("at least 10 characters");
        Api.Response badEmail = visitor.post("/api/auth/signup",
                "{\"email\": \"not-an-address\", \"password\": \"correct horse battery\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().path("detail").asString()).contains("e-mail address is not valid");

        Visitor.signedUp(baseUrl(), email);
        Api.Response taken = visitor.post("/api/auth/signup",
                "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\"}");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void anAdminIsWhoTheSettingsName() {
        Visitor boss = Visitor.signedUp(baseUrl(), "boss@example.com");

        assertThat(boss.get("/api/auth/me").json().path("role").asString()).isEqualTo("admin");
        assertThat(boss.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(Visitor.signedUp(baseUrl(), someone()).get("/actuator/metrics").status()).isEqualTo(403);
    }

    @Test
    void aChangeSentWithTheSessionCookieNeedsTheCsrfHeader() {
        Visitor visitor = Visitor.signedUp(baseUrl(), someone());

        Api.Response forged = visitor.withoutCsrfHeader()
            .post("/api/v2/generate/", "{\"prompt\": \"a tip calculator\"}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("detail").asString()).contains("X-XSRF-TOKEN");
        assertThat(visitor.get("/api/projects").json().size()).isZero();
    }

    @Test
    void scriptsUsePersonalApiTokensWithoutCookiesOrCsrf() {
        Visitor owner = Visitor.signedUp(baseUrl(), someone());
        Api.Response issued = owner.post("/api/auth/tokens", "{\"name\": \"deploy script\"}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("token").asString();
        assertThat(token).startsWith("fbt_").hasSizeGreaterThan(40);

        Visitor script = new Visitor(baseUrl()).withBearer(token);
        Api.Response created = script.post("/api/v2/generate/", "{\"prompt\": \"a tip calculator\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(owner.get("/api/projects").json().get(0).path("id").asLong())
            .isEqualTo(created.json().path("id").asLong());
        JsonNode listed = owner.get("/api/auth/tokens").json();
        assertThat(listed.get(0).path("name").asString()).isEqualTo("deploy script");
        assertThat(listed.get(0).has("token")).as("a token is shown once, when issued").isFalse();

        assertThat(owner.send("DELETE", "/api/auth/tokens/" + listed.get(0).path("id").asLong(), null).status())
            .isEqualTo(204);
        assertThat(script.get("/api/projects").status()).isEqualTo(401);
        assertThat(new Visitor(baseUrl()).withBearer("fbt_made-up").get("/api/projects").status()).isEqualTo(401);
    }

    @Test
    void anotherAccountsProjectDoesNotExistOnAnyPath() {
        Visitor owner = Visitor.signedUp(baseUrl(), someone());
        JsonNode created = owner.post("/api/v2/generate/", "{\"prompt\": \"a tip calculator\"}").json();
        long id = created.path("id").asLong();
        String slug = created.path("slug").asString();
        String preview;
        try (SocketClient socket = SocketClient.connect("ws://localhost:" + port + "/ws/project/" + id + "/",
                owner.headers())) {
            preview = socket.await("preview", WAIT).path("url").asString();
            socket.await("deployed", WAIT);
        }
        Visitor other = Visitor.signedUp(baseUrl(), someone());
        Api.Response unknown = other.get("/api/projects/987654321");

        Api.Response project = other.get("/api/projects/" + id);
        assertThat(project.status()).isEqualTo(404);
        assertThat(project.json().path("detail").asString())
            .isEqualTo(unknown.json().path("detail").asString().replace("987654321", String.valueOf(id)));
        assertThat(other.get("/api/projects").json().size()).isZero();
        assertThat(other.post("/api/v2/projects/" + id + "/modify/", "{\"request\": \"make it blue\"}").status())
            .isEqualTo(404);
        assertThat(other.post("/api/projects/" + id + "/versions/1/feedback", "{\"rating\": 1}").status())
            .isEqualTo(404);
        assertThat(other.get("/api/projects/" + id + "/environment").status()).isEqualTo(404);
        assertThat(other.get("/api/projects/" + id + "/versions/1/export").status()).isEqualTo(404);
        assertThat(owner.get("/api/projects/" + id + "/versions/1/export").header("content-type"))
            .isEqualTo("application/zip");
        assertThat(other.send("PUT", "/api/projects/" + id + "/environment", "{\"variables\": {\"VITE_X\": \"1\"}}")
            .status()).isEqualTo(404);
        assertThat(
                owner.send("PUT", "/api/projects/" + id + "/secrets/API_KEY", "{\"value\": \"owner's key\"}").status())
            .isEqualTo(204);
        assertThat(other.get("/api/projects/" + id + "/secrets").status()).isEqualTo(404);
        assertThat(
                other.send("PUT", "/api/projects/" + id + "/secrets/API_KEY", "{\"value\": \"taken over\"}").status())
            .isEqualTo(404);
        assertThat(other.send("DELETE", "/api/projects/" + id + "/secrets/API_KEY", null).status()).isEqualTo(404);
        assertThat(other.send("DELETE", "/api/projects/" + id, null).status()).isEqualTo(404);
        assertThat(owner.get("/api/projects/" + id + "/secrets").json().path("secrets").get(0).path("name").asString())
            .isEqualTo("API_KEY");
        try (SocketClient socket = SocketClient.connect("ws://localhost:" + port + "/ws/project/" + id + "/",
                other.headers())) {
            assertThat(socket.awaitClose(WAIT)).startsWith("4404 Unknown project");
            assertThat(socket.types()).isEmpty();
        }
        String host = URI.create(preview).getAuthority();
        assertThat(api().getWithHost("/", host).status()).as("the owner's preview address").isEqualTo(200);
        for (String guess : new String[] { slug + "--preview", slug + "--00000000000000", slug + "--p" }) {
            assertThat(api().getWithHost("/", guess + ".apps.localhost:" + port).status()).as(guess).isEqualTo(404);
            assertThat(api().get("/apps/" + guess + "/").status()).as(guess).isEqualTo(404);
        }

        assertThat(owner.get("/api/projects/" + id).status()).isEqualTo(200);
        assertThat(owner.get("/api/projects").json().size()).isEqualTo(1);
    }

    @Test
    void importedComponentsArePrivateToTheirAuthorUntilAnAdminPublishesThem() throws Exception {
        Visitor author = Visitor.signedUp(baseUrl(), someone());
        String token = author.post("/api/auth/tokens", "{}").json().path("token").asString();
        byte[] zip = dev.faibric.library.ImportTests.zip(Map.of("src/components/OrbitalLaunchCountdown.tsx", """
                export default function OrbitalLaunchCountdown({ seconds = 10 }: { seconds?: number }) {
                  return <p data-testid="countdown">T-minus {seconds} seconds to orbital launch</p>;
                }
                """));
        java.net.http.HttpResponse<String> imported = java.net.http.HttpClient.newHttpClient()
            .send(java.net.http.HttpRequest.newBuilder(URI.create(baseUrl() + "/api/repository/import?source=acme"))
                .header("Content-Type", "application/zip")
                .header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).isEqualTo(200);
        Visitor other = Visitor.signedUp(baseUrl(), someone());
        String search = "/api/repository/search?q=orbital+launch+countdown&kind=component&limit=10";
        String slug = author.get(search)
            .json()
            .path("results")
            .valueStream()
            .map(hit -> hit.path("slug").asString())
            .filter(s -> s.startsWith("orbital-launch-countdown"))
            .findFirst()
            .orElseThrow();

        assertThat(other.get(search).body()).doesNotContain(slug);
        assertThat(other.get("/api/repository/components?q=orbital").json().path("total").asLong()).isZero();
        assertThat(author.get("/api/repository/components?q=orbital").json().path("total").asLong()).isEqualTo(1);
        Api.Response refused = other.post("/api/repository/components/" + slug + "/publish", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("admin");

        Visitor admin = Visitor.signedUp(baseUrl(), "chief@example.com");
        assertThat(admin.get(search).body()).as("an admin sees what waits to be published").contains(slug);
        assertThat(admin.post("/api/repository/components/" + slug + "/publish", "{}").status()).isEqualTo(200);
        assertThat(other.get(search).body()).contains(slug);
        assertThat(admin.post("/api/repository/components/no-such-thing/publish", "{}").status()).isEqualTo(404);
    }

}
