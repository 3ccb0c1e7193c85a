package dev.faibric.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A well-rated generation teaches the library its self-contained components;
 * near-duplicates are merged.
 */
class LearningFromFeedbackTests extends ModelIntegrationTest {

    private long generated() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 100));
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(30));
        }
        return id;
    }

    private java.util.List<String> learnedNames(long projectId) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonNode c : api().get("/api/repository/components/?size=100").json().path("items")) {
            if (c.path("sourceProjectId").asLong() == projectId) {
                names.add(c.path("name").asString());
            }
        }
        return names;
    }

    @Test
    void aThumbsUpAddsTheAppsStandaloneComponentsOnceAndAThumbsDownTeachesNothing() {
        long liked = generated();
        long disliked = generated();

        JsonNode down = api()
            .post("/api/projects/" + disliked + "/versions/1/feedback", "application/json", "{\"thumbs\": \"down\"}")
            .json();
        assertThat(down.path("componentsLearned").asInt()).isZero();

        JsonNode up = api()
            .post("/api/projects/" + liked + "/versions/1/feedback", "application/json", "{\"thumbs\": \"up\"}")
            .json();
        assertThat(up.path("rating").asInt()).isEqualTo(5);
        assertThat(up.path("componentsLearned").asInt()).isEqualTo(4);
        assertThat(learnedNames(liked)).containsExactlyInAnyOrder("Header", "Bill Form", "Summary", "Footer");
        long total = api().get("/api/repository/components/").json().path("total").asLong();

        api().post("/api/projects/" + liked + "/versions/1/feedback", "application/json", "{\"rating\": 4}");

        assertThat(api().get("/api/repository/components/").json().path("total").asLong()).isEqualTo(total);
        assertThat(api().get("/api/repository/search/?q=bill+form&kind=component&limit=1")
            .json()
            .path("results")
            .get(0)
            .path("usageCount")
            .asInt()).isEqualTo(1);
    }

    @Test
    void feedbackThatMakesNoSenseIsRefusedWithAReason() {
        long id = generated();
        assertThat(api().post("/api/projects/" + id + "/versions/1/feedback", "application/json", "{\"rating\": 7}")
            .json()
            .path("detail")
            .asString()).contains("1 to 5");
        assertThat(api()
            .post("/api/projects/" + id + "/versions/1/feedback", "application/json",
                    "{\"rating\": 5, \"thumbs\": \"up\"}")
            .json()
            .path("detail")
            .asString()).contains("not both");
        assertThat(
                api().post("/api/projects/" + id + "/versions/9/feedback", "application/json", "{\"thumbs\": \"up\"}")
                    .status())
            .isEqualTo(404);
    }

}
