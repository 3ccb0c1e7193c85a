package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every app page is served with the error reporter as its first script, on the app's own
 * host and under the platform's path alike, and the reporter itself is served beside the
 * runtime, allowed by the page's CSP without anything inline.
 */
class ErrorReporterServedTests extends IntegrationTest {

    static final String TAG = "<script src=\"./_runtime/faibric-errors.js\" "
            + "data-platform-hosts=\"localhost 127.0.0.1 [::1]\"></script>";

    private String slug;

    @BeforeEach
    void deployAnApp() {
        JsonNode created = api().generate("a tip calculator").json();
        slug = created.path("slug").asString();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            socket.await("deployed", Duration.ofSeconds(20));
        }
    }

    @Test
    void thePageOnTheAppsOwnHostHasTheReporterFirst() {
        Api.Response page = api().getWithHost("/", slug + ".apps.localhost");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<head>" + TAG + "\n<meta charset=\"utf-8\">");
        assertThat(page.body().indexOf("<script")).isEqualTo(page.body().indexOf(TAG));
        assertThat(page.header("content-length"))
            .isEqualTo(String.valueOf(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(page.header("content-security-policy")).contains("script-src 'self' ");

        Api.Response script = api().getWithHost("/_runtime/faibric-errors.js", slug + ".apps.localhost");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("content-type")).startsWith("text/javascript");
        assertThat(script.body()).contains("faibric:runtime-error", "faibric:ran-clean", "data-platform-hosts");
    }

    @Test
    void thePageUnderThePlatformsPathHasItToo() {
        Api.Response page = api().get("/apps/" + slug + "/");
        assertThat(page.body()).contains("<head>" + TAG);
        assertThat(api().get("/apps/" + slug + "/_runtime/faibric-errors.js").status()).isEqualTo(200);
    }

}
