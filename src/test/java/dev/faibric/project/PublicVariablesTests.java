package dev.faibric.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public variables a project's owner sets for its app: validated (public names only,
 * nothing that looks like a secret), replaced as a whole, and served with the next
 * version.
 */
class PublicVariablesTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    private long deployedProject() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
        }
        return id;
    }

    private Api.Response put(long id, String json) {
        return api().put("/api/projects/" + id + "/environment/", json);
    }

    @Test
    void variablesAreReplacedAsAWholeAndReadBack() {
        long id = deployedProject();
        assertThat(api().get("/api/projects/" + id + "/environment/").json().path("variables").isEmpty()).isTrue();

        assertThat(put(id,
                "{\"variables\": {\"VITE_API_URL\": \"https://api.example.com\", \"REACT_APP_MODE\": \"demo\"}}")
            .status()).isEqualTo(200);
        assertThat(put(id, "{\"variables\": {\"VITE_API_URL\": \"https://api.example.org\", \"PUBLIC_MAP\": \"dark\"}}")
            .status()).isEqualTo(200);

        JsonNode read = api().get("/api/projects/" + id + "/environment").json();
        assertThat(read.path("variables").properties()).hasSize(2);
        assertThat(read.path("variables").path("VITE_API_URL").asString()).isEqualTo("https://api.example.org");
        assertThat(read.path("variables").path("PUBLIC_MAP").asString()).isEqualTo("dark");
        assertThat(read.path("note").asString()).contains("Every visitor of the app can read these values");
    }

    @Test
    void namesThatAreNotPublicAndValuesThatLookSecretAreRefusedAndNothingIsLost() {
        long id = deployedProject();
        put(id, "{\"variables\": {\"VITE_TITLE\": \"Tips\"}}");

        Api.Response privateName = put(id, "{\"variables\": {\"DATABASE_URL\": \"postgres://x\"}}");
        Api.Response secretName = put(id, "{\"variables\": {\"VITE_STRIPE_SECRET_KEY\": \"abc\"}}");
        Api.Response secretValue = put(id, "{\"variables\": {\"VITE_OPENAI\": \"sk-proj-abcdef\"}}");
        Api.Response lineBreak = put(id, "{\"variables\": {\"VITE_NOTE\": \"one\\ntwo\"}}");
        Api.Response noObject = put(id, "{\"vars\": {}}");

        assertThat(privateName.status()).isEqualTo(400);
        assertThat(privateName.json().path("detail").asString())
            .contains("'DATABASE_URL' is not a public variable's name: use VITE_, REACT_APP_ or PUBLIC_");
        assertThat(secretName.json().path("detail").asString())
            .startsWith("VITE_STRIPE_SECRET_KEY looks like a secret");
        assertThat(secretValue.json().path("detail").asString()).startsWith("VITE_OPENAI looks like a secret");
        assertThat(lineBreak.json().path("detail").asString()).contains("VITE_NOTE holds a control character");
        assertThat(noObject.status()).isEqualTo(400);
        assertThat(noObject.json().path("detail").asString()).contains("Send the variables as an object");
        assertThat(api().get("/api/projects/" + id + "/environment")
            .json()
            .path("variables")
            .path("VITE_TITLE")
            .asString()).isEqualTo("Tips");
        assertThat(put(999_999, "{\"variables\": {}}").status()).isEqualTo(404);
    }

    @Test
    void theNextVersionServesTheVariablesAndTheModeStaysProduction() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
            String host = api().get("/api/projects/" + id).json().path("slug").asString() + ".apps.localhost:" + port;
            assertThat(api().getWithHost("/", host).body()).doesNotContain("VITE_API_URL");

            put(id, "{\"variables\": {\"VITE_API_URL\": \"https://api.example.com/</script>\"}}");
            assertThat(api()
                .post("/api/v2/projects/" + id + "/modify/", "application/json", "{\"request\": \"make it blue\"}")
                .status()).isEqualTo(202);
            assertThat(socket.await("deployed", WAIT).path("version").asInt()).isEqualTo(2);

            assertThat(api().getWithHost("/", host).body())
                .contains("\"VITE_API_URL\":\"https://api.example.com/<\\/script>\"")
                .contains("\"MODE\":\"production\"");
        }
    }

}
