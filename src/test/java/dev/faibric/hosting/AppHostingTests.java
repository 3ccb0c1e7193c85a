package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppHostingTests extends IntegrationTest {

    private String slug;

    @BeforeEach
    void deployAnApp() {
        var created = api().generate("a tip calculator").json();
        slug = created.path("slug").asString();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            socket.await("deployed", Duration.ofSeconds(20));
        }
    }

    private String host() {
        return slug + ".apps.localhost:" + port;
    }

    @Test
    void theAppsOwnOriginServesItsPageWithAnImportMapAndSecurityHeaders() {
        Api.Response page = api().getWithHost("/", host());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"importmap\">").contains("./_runtime/react.js");

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("object-src 'none'").contains("script-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("Set-Cookie")).isEmpty();
    }

    @Test
    void modulesResolveWithoutExtensionsAndTheRuntimeIsServedBesideTheApp() {
        assertThat(api().getWithHost("/App.js", host()).body()).contains("export default function App");
        assertThat(api().getWithHost("/components/Summary", host()).status()).isEqualTo(200);
        assertThat(api().getWithHost("/components/Summary.tsx", host()).status()).isEqualTo(200);
        assertThat(api().getWithHost("/_runtime/react.js", host()).status()).isEqualTo(200);
        assertThat(api().getWithHost("/_runtime/../application.yml", host()).status()).isEqualTo(404);
    }

    @Test
    void thePlatformsApiIsNotReachableFromAnAppsOrigin() {
        Api.Response response = api().getWithHost("/api/projects/", host());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).startsWith("This app has no server code")
            .doesNotContain("project");
    }

    @Test
    void anUnknownAppIsA404ThatSaysSo() {
        Api.Response response = api().getWithHost("/", "no-such-app.apps.localhost:" + port);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).isEqualTo("No deployed app named no-such-app");
    }

    @Test
    void thePathFallbackServesTheSameAppAndAddsTheTrailingSlash() {
        assertThat(api().get("/apps/" + slug + "/").body()).contains("<div id=\"root\"></div>");
        assertThat(api().get("/apps/" + slug + "/App").body()).contains("export default function App");
        Api.Response redirect = api().getWithHost("/apps/" + slug, "localhost:" + port);
        assertThat(redirect.status()).isEqualTo(301);
    }

    @Test
    void deployedAppsAreReadOnly() {
        assertThat(api().post("/apps/" + slug + "/", "text/plain", "x").status()).isEqualTo(405);
    }

}
