package dev.faibric.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the owner's browser saw when it ran a version is kept on the version: ran clean,
 * or threw (which a later clean run does not undo); bad reports get a 400 that says what
 * to send. With the offline template composer, which cannot fix code, a fix is refused.
 */
class RuntimeReportTests extends IntegrationTest {

    private long id;

    @BeforeEach
    void deployAnApp() {
        JsonNode created = api().generate("a tip calculator").json();
        id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(20));
        }
    }

    private Api.Response report(int version, String json) {
        return api().post("/api/projects/" + id + "/versions/" + version + "/runtime", "application/json", json);
    }

    private JsonNode version(int number) {
        for (JsonNode v : api().get("/api/projects/" + id + "/").json().path("versions")) {
            if (v.path("number").asInt() == number) {
                return v;
            }
        }
        throw new AssertionError("no version " + number);
    }

    @Test
    void aVersionThatRanCleanSaysSoUntilItThrows() {
        assertThat(version(1).path("ranClean").isNull()).isTrue();

        Api.Response clean = report(1, "{\"clean\": true}");
        assertThat(clean.status()).isEqualTo(200);
        assertThat(clean.json().path("clean").asBoolean()).isTrue();
        assertThat(version(1).path("ranClean").asBoolean()).isTrue();

        assertThat(report(1, ThrowingApp.fixBody(ThrowingApp.MESSAGE)).status()).isEqualTo(200);
        assertThat(version(1).path("ranClean").asBoolean()).isFalse();
        assertThat(version(1).path("runtimeError").asString()).isEqualTo(ThrowingApp.MESSAGE + " (components/Total:3)");

        assertThat(report(1, "{\"clean\": true}").status()).isEqualTo(200);
        assertThat(report(1, ThrowingApp.fixBody("Error: a later one")).status()).isEqualTo(200);
        assertThat(version(1).path("ranClean").asBoolean()).as("it threw").isFalse();
        assertThat(version(1).path("runtimeError").asString()).as("the first error is kept")
            .startsWith(ThrowingApp.MESSAGE);
    }

    @Test
    void badReportsAreRefusedWithWhatToSend() {
        for (String body : new String[] { "{}", "{\"clean\": false}",
                "{\"clean\": true, \"error\": {\"message\": \"x\"}}", "{\"error\": {\"message\": \"   \"}}",
                "{\"error\": {\"stack\": \"at App.js:1:1\"}}", "{\"error\": {\"message\": \"beep\\u0007\"}}",
                "{\"error\": {\"message\": \"x\", \"line\": -1}}", "{\"error\": {\"message\": \"x\", \"line\": \"3\"}}",
                "{\"error\": {\"message\": \"" + "x".repeat(2001) + "\"}}",
                "{\"error\": {\"message\": \"x\", \"stack\": \"" + "y".repeat(8001) + "\"}}" }) {
            Api.Response answer = report(1, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().path("detail").asString()).as(body).isNotBlank();
        }
        assertThat(report(1, "{}").json().path("detail").asString()).contains("{\"clean\": true}");
        assertThat(
                report(1, "{\"error\": {\"message\": \"" + "x".repeat(2001) + "\"}}").json().path("detail").asString())
            .contains("at most 2000 characters");
        assertThat(report(9, "{\"clean\": true}").status()).isEqualTo(404);
        assertThat(
                api().post("/api/projects/987654/versions/1/runtime", "application/json", "{\"clean\": true}").status())
            .isEqualTo(404);
    }

    @Test
    void theOfflineComposerIsNotAskedToFixCode() {
        Api.Response fix = api().post("/api/projects/" + id + "/fix", "application/json",
                ThrowingApp.fixBody(ThrowingApp.MESSAGE));
        assertThat(fix.status()).isEqualTo(409);
        assertThat(fix.json().path("detail").asString()).isEqualTo(RuntimeFixer.OFFLINE);

        assertThat(api().post("/api/projects/" + id + "/fix", "application/json", "{}").status()).isEqualTo(400);
        assertThat(api()
            .post("/api/projects/" + id + "/fix", "application/json",
                    "{\"error\": {\"message\": \"x\"}, \"version\": 0}")
            .status()).isEqualTo(400);
    }

}
