package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An app's users sign up, log in, log out and ask who they are on the app's own origin,
 * with a session cookie of that app only.
 */
class AppSignInTests extends IntegrationTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    Projects projects;

    @Autowired
    AppUserDirectory directory;

    @Autowired
    AppSignIns signIns;

    private Project forum;

    @BeforeEach
    void anApp() {
        forum = app(projects);
    }

    static Project app(Projects projects) {
        return projects.create(new NewProject("Forum " + UUID.randomUUID(), "a forum", AppType.WEBSITE));
    }

    private AppVisitor visitor() {
        return new AppVisitor(forum.slug(), port);
    }

    @Test
    void aVisitorSignsUpIsSignedInLogsOutAndLogsInAgain() {
        AppVisitor ann = visitor();
        assertThat(ann.get("/_api/auth/me").json().path("user").isNull()).isTrue();

        Api.Response signedUp = ann.post("/_api/auth/signup",
                Map.of("email", "Ann@Example.com", "password", PASSWORD, "name", "Ann"));

        assertThat(signedUp.status()).isEqualTo(201);
        JsonNode user = signedUp.json().path("user");
        assertThat(user.path("id").asLong()).isPositive();
        assertThat(user.path("email").asString()).isEqualTo("ann@example.com");
        assertThat(user.path("name").asString()).isEqualTo("Ann");
        assertThat(user.path("admin").asBoolean()).isFalse();
        assertThat(user.propertyNames()).containsExactly("id", "email", "name", "admin");
        assertThat(signedUp.header("cache-control")).contains("no-store");
        assertThat(ann.get("/_api/auth/me").json().path("user")).isEqualTo(user);

        assertThat(ann.post("/_api/auth/logout", "").status()).isEqualTo(204);
        assertThat(ann.get("/_api/auth/me").json().path("user").isNull()).isTrue();

        Api.Response loggedIn = ann.logIn(" ANN@example.com ", PASSWORD);
        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(loggedIn.json().path("user")).isEqualTo(user);
        assertThat(ann.get("/_api/auth/me/").json().path("user")).isEqualTo(user);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxForTheWholeAppOnItsHostOnlyAndLastsThirtyDays() {
        AppVisitor bob = visitor();

        String cookie = bob.signUp("bob@example.com", PASSWORD).header("set-cookie");

        assertThat(cookie).startsWith("faibric_app_session=fas_")
            .contains("; Path=/")
            .contains("; Max-Age=2592000")
            .contains("; HttpOnly")
            .contains("; SameSite=Lax")
            .doesNotContainIgnoringCase("domain")
            .doesNotContain("Secure");
        String cleared = bob.post("/_api/auth/logout", "{}").header("set-cookie");
        assertThat(cleared).startsWith("faibric_app_session=;").contains("Max-Age=0").contains("; HttpOnly");
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        visitor().signUp("cid@example.com", PASSWORD);

        Api.Response wrongPassword = visitor().logIn("cid@example.com", "not the password");
        Api.Response unknown = visitor().logIn("nobody@example.com", PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.header("content-type")).startsWith("application/problem+json");
        assertThat(wrongPassword.json().path("detail").asString()).isEqualTo("Wrong e-mail address or password.");
        assertThat(unknown.json()).isEqualTo(wrongPassword.json());
        assertThat(wrongPassword.header("set-cookie")).isEmpty();
    }

    @Test
    void aTakenAddressIsAConflictWhateverItsCase() {
        visitor().signUp("dan@example.com", PASSWORD);

        Api.Response again = visitor().signUp("DAN@example.com", "another password");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("already has an account here");
        assertThat(directory.count(forum.id())).isEqualTo(1);
    }

    @Test
    void passwordsHaveEightToOneHundredTwentyEightCharactersAndEveryOneCounts() {
        Api.Response tooShort = visitor().signUp("eve@example.com", "1234567");
        Api.Response tooLong = visitor().signUp("eve@example.com", "p".repeat(129));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("detail").asString()).isEqualTo("A password needs 8 to 128 characters.");
        assertThat(tooLong.status()).isEqualTo(400);

        // 128 characters of 3 bytes each: far past bcrypt's 72 bytes, and the last one
        // counts.
        String longest = "密".repeat(127) + "码";
        assertThat(visitor().signUp("eve@example.com", longest).status()).isEqualTo(201);
        assertThat(visitor().logIn("eve@example.com", "密".repeat(128)).status()).isEqualTo(401);
        assertThat(visitor().logIn("eve@example.com", longest).status()).isEqualTo(200);
        assertThat(visitor().signUp("eight@example.com", "12345678").status()).isEqualTo(201);
    }

    @Test
    void theNameOthersSeeIsTheOneGivenElseTheAddresssFirstPart() {
        long fay = visitor()
            .post("/_api/auth/signup", Map.of("email", "fay@example.com", "password", PASSWORD, "name", "  Fay Wray "))
            .json()
            .path("user")
            .path("id")
            .asLong();
        JsonNode gus = visitor().signUp("gus.grant@example.com", PASSWORD).json().path("user");

        assertThat(gus.path("name").asString()).isEqualTo("gus.grant");
        assertThat(signIns.names(forum.id(), java.util.List.of(fay, gus.path("id").asLong(), 0L)))
            .containsExactlyInAnyOrderEntriesOf(Map.of(fay, "Fay Wray", gus.path("id").asLong(), "gus.grant"));
    }

    @Test
    void aSessionOfOneAppSignsNobodyInOnAnotherAndItsUsersAreNotTheOthers() {
        Project shop = app(projects);
        AppVisitor inTheForum = visitor();
        String cookie = inTheForum.signUp("hal@example.com", PASSWORD).header("set-cookie").split(";")[0];
        AppVisitor inTheShop = new AppVisitor(shop.slug(), port);

        Api.Response me = inTheShop.send(inTheShop.request("/_api/auth/me").header("Cookie", cookie).GET());
        Api.Response logIn = inTheShop.logIn("hal@example.com", PASSWORD);
        Api.Response logOut = inTheShop.send(inTheShop.request("/_api/auth/logout")
            .header("Cookie", cookie)
            .header("Content-Type", "application/json")
            .header("Origin", inTheShop.origin())
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("user").isNull()).isTrue();
        assertThat(logIn.status()).isEqualTo(401);
        assertThat(logOut.status()).isEqualTo(204);
        assertThat(inTheForum.get("/_api/auth/me").json().path("user").path("email").asString())
            .isEqualTo("hal@example.com");
        assertThat(inTheShop.signUp("hal@example.com", "the shop's password").status()).isEqualTo(201);
        assertThat(visitor().logIn("hal@example.com", "the shop's password").status()).isEqualTo(401);
        assertThat(directory.count(shop.id())).isEqualTo(1);
    }

    @Test
    void thePlatformsHostAndAnUnknownAppAnswerNotFound() {
        Api.Response onThePlatform = api().get("/_api/auth/me");
        Api.Response signUpOnThePlatform = api().post("/_api/auth/signup", "application/json",
                "{\"email\": \"ivy@example.com\", \"password\": \"" + PASSWORD + "\"}");
        Api.Response noSuchApp = new AppVisitor("no-such-app-" + UUID.randomUUID().toString().substring(0, 8), port)
            .get("/_api/auth/me");

        assertThat(onThePlatform.status()).isEqualTo(404);
        assertThat(onThePlatform.json().path("detail").asString()).contains("on the app's own host");
        assertThat(signUpOnThePlatform.status()).isEqualTo(404);
        assertThat(noSuchApp.status()).isEqualTo(404);
        assertThat(noSuchApp.json().path("detail").asString()).startsWith("There is no app named no-such-app-");
    }

    @Test
    void theOwnersDirectoryListsCountsAndRemovesUsersWhoAreSignedOutAtOnce() {
        AppVisitor jay = visitor();
        long jayId = jay.signUp("jay@example.com", PASSWORD).json().path("user").path("id").asLong();
        AppVisitor kim = visitor();
        kim.signUp("kim@example.com", PASSWORD);

        assertThat(directory.count(forum.id())).isEqualTo(2);
        assertThat(directory.users(forum.id(), 10, 0)).extracting(AppUserEntry::email)
            .containsExactly("jay@example.com", "kim@example.com");
        assertThat(directory.users(forum.id(), 1, 1)).extracting(AppUserEntry::email)
            .containsExactly("kim@example.com");

        assertThat(directory.delete(forum.id() + 100_000, jayId)).isFalse();
        assertThat(directory.delete(forum.id(), jayId)).isTrue();
        assertThat(jay.get("/_api/auth/me").json().path("user").isNull()).isTrue();
        assertThat(kim.get("/_api/auth/me").json().path("user").isNull()).isFalse();

        directory.deleteAll(forum.id());
        assertThat(directory.count(forum.id())).isZero();
        assertThat(kim.get("/_api/auth/me").json().path("user").isNull()).isTrue();
    }

}
