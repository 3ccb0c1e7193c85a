package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A request close to a library template starts from it: the model adapts it with edits,
 * and the reuse is recorded.
 */
@TestPropertySource(properties = "faibric.library.enable-code-reuse=true")
class CodeReuseTests extends ModelIntegrationTest {

    @Test
    void aModelAdaptsTheClosestTemplateWithEditsInOneCall() {
        String adapt = """
                <edit path="config.ts">
                <<<<<<< SEARCH
                  "title" : "Tip Calculator",
                =======
                  "title" : "Dinner Splitter",
                >>>>>>> REPLACE
                </edit>
                <summary>Named it Dinner Splitter.</summary>
                """;
        answers(OPENAI, openAi(adapt, 100));

        JsonNode created = api().generate("a tip calculator").json();
        long id = created.path("id").asLong();
        JsonNode deployed;
        try (SocketClient socket = socket(id, "")) {
            deployed = socket.await("deployed", Duration.ofSeconds(30));
            assertThat(socket.received())
                .anySatisfy(e -> assertThat(e.path("template").asString()).isEqualTo("tip-calculator"));
        }

        assertThat(deployed.path("version").asInt()).isEqualTo(1);
        JsonNode project = api().get("/api/projects/" + id + "/").json();
        assertThat(project.path("reusedComponents").get(0).asString()).isEqualTo("tip-calculator");
        assertThat(project.path("versions").get(0).path("cost").path("aiCalls").asInt()).isEqualTo(1);
        assertThat(project.path("files").findValuesAsString("path")).contains("App.tsx", "config.ts", "theme.ts");
        assertThat(api().getWithHost("/config.js", created.path("slug").asString() + ".apps.localhost:" + port).body())
            .contains("Dinner Splitter");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("Tip calculator' template")));
        JsonNode template = api().get("/api/repository/templates/?q=tip&size=5").json().path("items").get(0);
        assertThat(template.path("slug").asString()).isEqualTo("tip-calculator");
        assertThat(template.path("usageCount").asInt()).isPositive();
    }

}
