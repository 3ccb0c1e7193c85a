package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The platform answers only for its own host names and its apps', and every answer says
 * how a browser may use it: the platform's pages frame nothing but previews and are
 * framed by nobody else; apps are framed only by the platform, and on its path run
 * sandboxed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostsAndHeadersTests extends IntegrationTest {

    private String slug;

    @BeforeAll
    void anApp() {
        JsonNode created = api().generate("a tip calculator").json();
        slug = created.path("slug").asString();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            socket.await("deployed", Duration.ofSeconds(30));
        }
    }

    @Test
    void anotherHostNameIsMisdirected() {
        for (String host : new String[] { "evil.example:" + port, "localhost.evil.example", "apps.localhost:" + port,
                "a.b.apps.localhost:" + port, "attacker.example.apps.localhost.evil:" + port }) {
            Api.Response response = api().getWithHost("/api/projects", host);
            assertThat(response.status()).as(host).isEqualTo(421);
            assertThat(response.header("content-type")).as(host).startsWith("application/problem+json");
            assertThat(response.body()).as(host).contains("FAIBRIC_PLATFORM_HOSTS");
        }
        assertThat(api().getWithHost("/api/projects", "127.0.0.1:" + port).status()).isEqualTo(200);
        assertThat(api().getWithHost("/", slug + ".apps.localhost:" + port).status()).isEqualTo(200);
    }

    @Test
    void thePlatformsPagesSayHowTheyMayBeUsed() {
        Api.Response page = api().getWithHost("/", "localhost:" + port);

        assertThat(page.header("content-security-policy")).contains("frame-ancestors 'self'")
            .contains("script-src 'self';")
            .contains("frame-src 'self' http://*.apps.localhost:*");
        assertThat(page.header("cross-origin-opener-policy")).isEqualTo("same-origin");
        assertThat(page.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(page.header("x-frame-options")).isEqualTo("SAMEORIGIN");
        assertThat(api().getWithHost("/api/projects", "localhost:" + port).header("cache-control"))
            .contains("no-store");
    }

    @Test
    void appsAreFramedOnlyByThePlatformAndSandboxedOnItsPath() {
        Api.Response own = api().getWithHost("/", slug + ".apps.localhost:" + port);
        Api.Response onPath = api().getWithHost("/apps/" + slug + "/", "localhost:" + port);

        assertThat(own.header("content-security-policy")).contains("frame-ancestors 'self' http://localhost:*")
            .contains("connect-src *")
            .doesNotContain("sandbox");
        assertThat(own.header("cross-origin-resource-policy")).isEqualTo("same-site");
        assertThat(onPath.status()).isEqualTo(200);
        assertThat(onPath.header("content-security-policy")).contains("sandbox allow-scripts")
            .doesNotContain("allow-same-origin");
        assertThat(onPath.header("cross-origin-resource-policy")).isEqualTo("cross-origin");
        assertThat(onPath.header("set-cookie")).isEmpty();
    }

}
