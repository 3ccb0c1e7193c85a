package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The project's owner opens their app signed in as its admin through a one-time link from
 * the platform; a link works once, on its own app, and only as it was made.
 */
class AdminLinkTests extends IntegrationTest {

    @Autowired
    Projects projects;

    private Project app;

    @BeforeEach
    void anApp() {
        app = AppSignInTests.app(projects);
    }

    private String link(Project project) {
        Api.Response response = api().post("/api/projects/" + project.id() + "/data/admin-link", "application/json",
                "");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("cache-control")).contains("no-store");
        return response.json().path("url").asString();
    }

    /** Opens a link in the owner's browser, which then stays on the app. */
    private static Api.Response open(AppVisitor browser, String url) {
        URI uri = URI.create(url);
        return browser.get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    @Test
    void theOwnersLinkOpensTheAppSignedInAsItsAdmin() {
        String url = link(app);
        assertThat(url).startsWith("http://" + app.slug() + ".apps.localhost:" + port + "/_api/auth/admin?ticket=");
        AppVisitor owner = new AppVisitor(app.slug(), port);

        Api.Response opened = open(owner, url);

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.header("location")).isEqualTo("/");
        assertThat(opened.header("set-cookie")).startsWith("faibric_app_session=fas_").contains("HttpOnly");
        assertThat(opened.header("referrer-policy")).isEqualTo("no-referrer");
        JsonNode admin = owner.get("/_api/auth/me").json().path("user");
        assertThat(admin.path("admin").asBoolean()).isTrue();
        assertThat(admin.path("email").asString()).isEqualTo("owner@" + app.slug());
        assertThat(admin.path("name").asString()).isEqualTo("owner");

        AppVisitor laterOnAnotherMachine = new AppVisitor(app.slug(), port);
        open(laterOnAnotherMachine, link(app));
        assertThat(laterOnAnotherMachine.get("/_api/auth/me").json().path("user")).isEqualTo(admin);
    }

    @Test
    void aLinkWorksOnce() {
        String url = link(app);
        open(new AppVisitor(app.slug(), port), url);

        Api.Response again = open(new AppVisitor(app.slug(), port), url);

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().path("detail").asString()).startsWith("This admin link was used already");
        assertThat(again.header("set-cookie")).isEmpty();
    }

    @Test
    void aForgedOrMissingTicketIsRefused() {
        String url = link(app);
        String ticket = url.substring(url.indexOf("ticket=") + 7);
        String payload = ticket.substring(0, ticket.indexOf('.'));
        String signature = ticket.substring(ticket.indexOf('.') + 1);
        char last = signature.charAt(5);
        String tampered = payload + "." + signature.substring(0, 5) + (last == 'A' ? 'B' : 'A')
                + signature.substring(6);
        AppVisitor visitor = new AppVisitor(app.slug(), port);

        for (String forged : new String[] { tampered, payload, payload + ".", "." + signature, "", "x.y.z", "%00",
                "not%20base64!.%40%40" }) {
            Api.Response refused = visitor.get("/_api/auth/admin?ticket=" + forged);
            assertThat(refused.status()).as(forged).isEqualTo(403);
            assertThat(refused.json().path("detail").asString()).as(forged).startsWith("This admin link is not valid");
        }
        assertThat(visitor.get("/_api/auth/admin").status()).isEqualTo(403);
        assertThat(visitor.get("/_api/auth/me").json().path("user").isNull()).isTrue();
        assertThat(open(visitor, url).status()).isEqualTo(303);
    }

    @Test
    void anotherAppsLinkSignsNobodyInHere() {
        Project other = AppSignInTests.app(projects);
        String url = link(other);
        AppVisitor visitor = new AppVisitor(app.slug(), port);

        Api.Response refused = visitor.get("/_api/auth/admin?" + URI.create(url).getRawQuery());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).startsWith("This admin link is for another app");
        assertThat(visitor.get("/_api/auth/me").json().path("user").isNull()).isTrue();
    }

    @Test
    void someoneWhoSignedUpWithTheOwnersAddressLosesItToTheOwner() {
        AppVisitor squatter = new AppVisitor(app.slug(), port);
        long id = squatter.signUp("owner@" + app.slug(), "the squatter's password")
            .json()
            .path("user")
            .path("id")
            .asLong();

        AppVisitor owner = new AppVisitor(app.slug(), port);
        open(owner, link(app));

        assertThat(owner.get("/_api/auth/me").json().path("user").path("id").asLong()).isEqualTo(id);
        assertThat(owner.get("/_api/auth/me").json().path("user").path("admin").asBoolean()).isTrue();
        assertThat(squatter.get("/_api/auth/me").json().path("user").isNull()).isTrue();
        assertThat(squatter.logIn("owner@" + app.slug(), "the squatter's password").status()).isEqualTo(401);
    }

    @Test
    void theAdminHasNoPasswordToGuess() {
        open(new AppVisitor(app.slug(), port), link(app));

        assertThat(new AppVisitor(app.slug(), port).logIn("owner@" + app.slug(), "").status()).isEqualTo(401);
        assertThat(new AppVisitor(app.slug(), port).logIn("owner@" + app.slug(), "any password").status())
            .isEqualTo(401);
        assertThat(new AppVisitor(app.slug(), port).signUp("owner@" + app.slug(), "any password").status())
            .isEqualTo(409);
    }

    @Test
    void onlyTheProjectsOwnerGetsALinkAndOnlyOnThePlatform() {
        Api.Response noProject = api().post("/api/projects/987654321/data/admin-link", "application/json", "");
        Api.Response onTheApp = new AppVisitor(app.slug(), port).post("/api/projects/" + app.id() + "/data/admin-link",
                "");

        assertThat(noProject.status()).isEqualTo(404);
        assertThat(onTheApp.status()).isIn(404, 405);
        assertThat(onTheApp.body()).doesNotContain("ticket");
    }

}
