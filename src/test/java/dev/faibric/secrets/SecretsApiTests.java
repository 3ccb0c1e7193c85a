package dev.faibric.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The owner's secrets for an app's server code: set and deleted one by one, listed by
 * name only, sealed in the database, opened for the deployers, and never in an answer, an
 * error or a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsApiTests extends IntegrationTest {

    static final String VALUE = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

    @Autowired
    Projects projects;

    @Autowired
    ProjectSecrets secrets;

    @Autowired
    JdbcClient jdbc;

    private long project() {
        return this.projects.create(new NewProject("Shop", "a shop", AppType.WEBSITE)).id();
    }

    private String secrets(long id) {
        return "/api/projects/" + id + "/secrets";
    }

    private Api.Response put(long id, String name, String json) {
        return api().put(secrets(id) + "/" + name, json);
    }

    private static String value(String value) {
        return Api.JSON.writeValueAsString(Map.of("value", value));
    }

    private List<String> sealed(long id) {
        return this.jdbc.sql("SELECT sealed FROM project_secrets WHERE project_id = ? ORDER BY name")
            .param(id)
            .query(String.class)
            .list();
    }

    private static void refused(Api.Response answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asString()).isEqualTo(detail);
    }

    @Test
    void aSecretIsSetListedByNameAndNeverSentBack() {
        long id = project();
        assertThat(api().get(secrets(id)).body()).isEqualTo("{\"secrets\":[]}");

        Instant before = Instant.now().minusSeconds(1);
        Api.Response set = put(id, "STRIPE_KEY", value(VALUE));
        Api.Response other = put(id, "DATABASE_URL", value("postgres://shop:pw@db/shop"));

        assertThat(set.status()).isEqualTo(204);
        assertThat(set.body()).isEmpty();
        assertThat(other.status()).isEqualTo(204);
        Api.Response listed = api().get(secrets(id) + "/");
        assertThat(listed.body()).doesNotContain(VALUE).doesNotContain("postgres://");
        JsonNode names = listed.json().path("secrets");
        assertThat(names.valueStream().map(s -> s.path("name").asString())).containsExactly("DATABASE_URL",
                "STRIPE_KEY");
        assertThat(names.get(1).propertyNames()).containsExactly("name", "updatedAt");
        assertThat(Instant.parse(names.get(1).path("updatedAt").asString())).isAfter(before);
        assertThat(api().get("/api/projects/" + id).body()).doesNotContain(VALUE);
    }

    @Test
    void aValueIsSealedInTheDatabaseAndOpensForTheDeployersOnly() {
        long id = project();
        put(id, "STRIPE_KEY", value(VALUE));
        String first = sealed(id).getFirst();

        assertThat(put(id, "STRIPE_KEY", value(VALUE)).status()).isEqualTo(204);

        String second = sealed(id).getFirst();
        assertThat(sealed(id)).hasSize(1);
        for (String stored : List.of(first, second)) {
            assertThat(stored).doesNotContain(VALUE).doesNotContain("4eC39HqLyjWD");
            byte[] bytes = Base64.getDecoder().decode(stored);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("4eC39HqLyjWD");
            // A 12-byte IV, the value's 32 bytes, a 16-byte tag.
            assertThat(bytes).hasSize(12 + VALUE.length() + 16);
        }
        assertThat(second).as("a fresh IV for every value").isNotEqualTo(first);
        assertThat(this.secrets.values(id)).isEqualTo(Map.of("STRIPE_KEY", VALUE));

        put(id, "STRIPE_KEY", value("rotated ünïcödé\nwith a second line"));
        put(id, "A", value("x"));
        assertThat(this.secrets.values(id)).containsExactly(Map.entry("A", "x"),
                Map.entry("STRIPE_KEY", "rotated ünïcödé\nwith a second line"));
        assertThat(this.secrets.names(id).stream().map(SecretName::name)).containsExactly("A", "STRIPE_KEY");
    }

    @Test
    void aSealedValueOpensOnlyUnderItsOwnProjectAndName(CapturedOutput output) {
        long id = project();
        long other = project();
        put(id, "STRIPE_KEY", value(VALUE));
        this.jdbc.sql("INSERT INTO project_secrets (project_id, name, sealed) VALUES (?, 'STRIPE_KEY', ?)")
            .params(other, sealed(id).getFirst())
            .update();
        this.jdbc.sql("INSERT INTO project_secrets (project_id, name, sealed) VALUES (?, 'COPIED', ?)")
            .params(id, sealed(id).getFirst())
            .update();

        assertThatThrownBy(() -> this.secrets.values(other)).hasMessageContaining("STRIPE_KEY of project " + other)
            .hasMessageNotContaining(VALUE);
        assertThatThrownBy(() -> this.secrets.values(id)).hasMessageContaining("COPIED of project " + id);
        assertThat(output.getAll()).doesNotContain(VALUE);
    }

    @Test
    void badNamesValuesAndBodiesAreRefusedSayingWhyAndNeverRepeatingTheValue(CapturedOutput output) {
        long id = project();
        String reservedPrefix = " is reserved: names starting with FAIBRIC_, NODE_ or npm_ belong to the platform and"
                + " Node.js.";
        String notAName = " is not a secret's name: use a capital letter, then capital letters, digits and _"
                + " (at most 64 characters), like STRIPE_KEY.";

        refused(put(id, "stripe_key", value(VALUE)), 400, "'stripe_key'" + notAName);
        refused(put(id, "1KEY", value(VALUE)), 400, "'1KEY'" + notAName);
        refused(put(id, "K" + "X".repeat(64), value(VALUE)), 400, "'K" + "X".repeat(63) + "…'" + notAName);
        refused(put(id, "FAIBRIC_SERVER_KEY", value(VALUE)), 400, "'FAIBRIC_SERVER_KEY'" + reservedPrefix);
        refused(put(id, "NODE_OPTIONS", value(VALUE)), 400, "'NODE_OPTIONS'" + reservedPrefix);
        refused(put(id, "npm_config_registry", value(VALUE)), 400, "'npm_config_registry'" + reservedPrefix);
        for (String reserved : List.of("PORT", "HOST", "PATH", "HOME")) {
            refused(put(id, reserved, value(VALUE)), 400,
                    reserved + " is reserved: the platform sets PORT, HOST, PATH and HOME itself.");
        }
        refused(put(id, "KEY", value("")), 400, "KEY has no value: send one of 1 to 4000 characters.");
        refused(put(id, "KEY", value("x".repeat(4001))), 400, "KEY's value is longer than 4000 characters.");
        refused(put(id, "KEY", value(VALUE + "\0")), 400,
                "KEY's value holds a NUL character, which no environment variable can.");
        refused(put(id, "KEY", "{}"), 400, "Send the secret's value as JSON: {\"value\": \"…\"}.");
        refused(put(id, "KEY", "{\"value\": null}"), 400, "Send the secret's value as JSON: {\"value\": \"…\"}.");
        Api.Response broken = put(id, "KEY", "{\"value\": \"" + VALUE);
        Api.Response notText = put(id, "KEY", "{\"value\": [\"" + VALUE + "\"]}");
        Api.Response twice = put(id, "KEY", "{\"value\": \"" + VALUE + "\", \"value\": \"" + VALUE + "\"}");

        for (Api.Response answer : List.of(broken, notText, twice)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).doesNotContain(VALUE);
        }
        assertThat(notText.json().path("detail").asString()).contains("\"value\" must be a string");
        assertThat(put(id, "KEY", value("x".repeat(4000))).status()).isEqualTo(204);
        assertThat(this.secrets.names(id).stream().map(SecretName::name)).containsExactly("KEY");
        assertThat(output.getAll()).doesNotContain(VALUE);
    }

    @Test
    void anAppHasAtMostThirtySecretsAndMayStillReplaceThem() {
        long id = project();
        for (int i = 1; i <= ProjectSecrets.MAX_SECRETS; i++) {
            assertThat(put(id, "KEY_" + i, value("v" + i)).status()).isEqualTo(204);
        }

        refused(put(id, "ONE_MORE", value("v")), 400,
                "An app may have at most 30 secrets; delete one before adding ONE_MORE.");
        assertThat(put(id, "KEY_7", value("seven")).status()).isEqualTo(204);
        assertThat(api().delete(secrets(id) + "/KEY_1").status()).isEqualTo(204);
        assertThat(put(id, "ONE_MORE", value("v")).status()).isEqualTo(204);
        assertThat(this.secrets.values(id)).hasSize(30).containsEntry("KEY_7", "seven").doesNotContainKey("KEY_1");
    }

    @Test
    void aSecretIsDeletedOnceAndOnlyInItsOwnProject() {
        long id = project();
        long other = project();
        put(id, "STRIPE_KEY", value(VALUE));

        refused(api().delete(secrets(other) + "/STRIPE_KEY"), 404, "This project has no secret named STRIPE_KEY.");
        assertThat(api().get(secrets(other)).json().path("secrets").isEmpty()).isTrue();
        assertThat(this.secrets.values(other)).isEmpty();
        assertThat(api().delete(secrets(id) + "/STRIPE_KEY/").status()).isEqualTo(204);
        refused(api().delete(secrets(id) + "/STRIPE_KEY"), 404, "This project has no secret named STRIPE_KEY.");
        assertThat(this.secrets.values(id)).isEmpty();
        assertThat(sealed(id)).isEmpty();
    }

    @Test
    void anUnknownProjectHasNoSecretsToReadSetOrDelete() {
        refused(api().get(secrets(987654321)), 404, "No project with id 987654321");
        refused(put(987654321, "KEY", value(VALUE)), 404, "No project with id 987654321");
        refused(api().delete(secrets(987654321) + "/KEY"), 404, "No project with id 987654321");
    }

}
