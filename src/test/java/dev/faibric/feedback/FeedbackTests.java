package dev.faibric.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Ratings of an app become the success rate of the library template it was built from.
 */
class FeedbackTests extends IntegrationTest {

    private double successRate(String slug) {
        for (JsonNode t : api().get("/api/repository/templates/?size=100").json().path("items")) {
            if (t.path("slug").asString().equals(slug)) {
                return t.path("successRate").asDouble();
            }
        }
        throw new AssertionError("no template " + slug);
    }

    @Test
    void ratingsBecomeTheRunningSuccessRateOfTheReusedTemplate() {
        long id = api().generate("a tic-tac-toe game").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(20));
        }
        double before = successRate("tic-tac-toe");

        api().post("/api/projects/" + id + "/versions/1/feedback", "application/json", "{\"thumbs\": \"down\"}");
        double afterDown = successRate("tic-tac-toe");
        api().post("/api/projects/" + id + "/versions/1/feedback", "application/json", "{\"thumbs\": \"up\"}");
        double afterUp = successRate("tic-tac-toe");

        assertThat(afterDown).isLessThan(before);
        assertThat(afterUp).isGreaterThan(afterDown);
        JsonNode version = api().get("/api/projects/" + id + "/").json().path("versions").get(0);
        assertThat(version.path("number").asInt()).isEqualTo(1);
    }

}
