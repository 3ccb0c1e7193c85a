package dev.faibric.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.faibric.support.Api;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SocketClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fix policy, kept by the server whoever asks: a run-time error becomes one change
 * request, never twice for the same error, never while a build runs, and at most once per
 * message of the owner's, so fixes cannot loop.
 */
class RuntimeFixPolicyTests extends ModelIntegrationTest {

    private Api.Response fix(long id, String message) {
        return api().post("/api/projects/" + id + "/fix", "application/json", ThrowingApp.fixBody(message));
    }

    /**
     * Starts a fix and waits for what its build came to: version {@code next}, or an
     * error.
     */
    private JsonNode fixed(long id, String message, int next) {
        try (SocketClient socket = socket(id, "")) {
            Api.Response started = fix(id, message);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            return ended(socket, next);
        }
    }

    /**
     * The owner says something in the chat, and its build deploys version {@code next}.
     */
    private void chat(long id, String content, int next) {
        try (SocketClient socket = socket(id, "")) {
            socket.send(Api.JSON.writeValueAsString(java.util.Map.of("type", "user_message", "content", content)));
            assertThat(ended(socket, next).path("type").asString()).isEqualTo("deployed");
        }
    }

    /**
     * On a socket that replays the project's events: version {@code next} deployed, or a
     * build that ended in an error.
     */
    private static JsonNode ended(SocketClient socket, int next) {
        while (true) {
            JsonNode event = socket.awaitAny(WAIT, "deployed", "error");
            boolean failed = event.path("type").asString().equals("error") && event.path("ended").asBoolean();
            if (failed || event.path("version").asInt() == next) {
                return event;
            }
        }
    }

    private static List<LoggedRequest> modelCalls() {
        return VENDOR.findAll(postRequestedFor(urlEqualTo(OPENAI)));
    }

    @Test
    void anErrorBecomesAChangeRequestThatSaysWhereItWasThrown() {
        answers(OPENAI, openAi(ThrowingApp.answer(), 100), openAi(ThrowingApp.retitled("Tip Jar", "Tip Jar 2"), 50));
        Run run = generate("a tip jar");
        assertThat(run.types()).contains("deployed");

        JsonNode after = fixed(run.id(), ThrowingApp.MESSAGE, 2);

        assertThat(after.path("type").asString()).isEqualTo("deployed");
        assertThat(after.path("version").asInt()).isEqualTo(2);
        String sent = modelCalls().getLast().getBodyAsString();
        assertThat(sent).contains("The app throws this error at run time:",
                "It is thrown in components/Total.tsx (components/Total, line 3, column 23",
                "at readTotal (components/Total:3:23)", "Fix it.");
        try (SocketClient socket = socket(run.id(), "")) {
            ended(socket, 2);
            JsonNode asked = socket.received()
                .stream()
                .filter(e -> e.path("type").asString().equals("user"))
                .findFirst()
                .orElseThrow();
            assertThat(asked.path("fix").asBoolean()).isTrue();
            assertThat(asked.path("content").asString()).startsWith("The app throws this error at run time:");
        }
    }

    @Test
    void theSameErrorIsNeverSentTwiceEvenInALaterTurn() {
        answers(OPENAI, openAi(ThrowingApp.answer(), 100), openAi(ThrowingApp.retitled("Tip Jar", "Tip Jar 2"), 50),
                openAi(ThrowingApp.retitled("Tip Jar 2", "Tip Jar 3"), 50));
        Run run = generate("a tip jar");
        assertThat(fixed(run.id(), ThrowingApp.MESSAGE, 2).path("type").asString()).isEqualTo("deployed");
        chat(run.id(), "call it Tip Jar 3", 3);
        int calls = modelCalls().size();

        // The same error, as the browser phrases it another time.
        Api.Response again = fix(run.id(), "Uncaught " + ThrowingApp.MESSAGE.toUpperCase());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).isEqualTo(RuntimeFixer.SAME_ERROR);
        assertThat(modelCalls()).hasSize(calls);
    }

    @Test
    void noFixWhileABuildRuns() {
        answers(OPENAI, openAi(ThrowingApp.answer(), 3000), openAi(ThrowingApp.retitled("Tip Jar", "Tip Jar 2"), 50));
        long id = api().generate("a tip jar").json().path("id").asLong();

        Api.Response during = fix(id, ThrowingApp.MESSAGE);

        assertThat(during.status()).isEqualTo(409);
        assertThat(during.json().path("detail").asString()).isEqualTo(RuntimeFixer.BUILDING);
        // Refused, it claimed nothing: once the build is over the same error is taken.
        try (SocketClient socket = socket(id, "")) {
            assertThat(ended(socket, 1).path("type").asString()).isEqualTo("deployed");
        }
        assertThat(fixed(id, ThrowingApp.MESSAGE, 2).path("type").asString()).isEqualTo("deployed");
    }

    @Test
    void oneAutomaticFixPerMessageOfTheOwners() {
        answers(OPENAI, openAi(ThrowingApp.answer(), 100), openAi(ThrowingApp.retitled("Tip Jar", "Tip Jar 2"), 50),
                openAi(ThrowingApp.retitled("Tip Jar 2", "Tip Jar 3"), 50),
                openAi(ThrowingApp.retitled("Tip Jar 3", "Tip Jar 4"), 50));
        Run run = generate("a tip jar");
        assertThat(fixed(run.id(), ThrowingApp.MESSAGE, 2).path("type").asString()).isEqualTo("deployed");

        Api.Response second = fix(run.id(), "ReferenceError: total is not defined");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asString()).isEqualTo(RuntimeFixer.TURN_USED);
        // The owner speaks: a new turn may have its fix, of the error refused before.
        chat(run.id(), "call it Tip Jar 3", 3);
        assertThat(fixed(run.id(), "ReferenceError: total is not defined", 4).path("type").asString())
            .isEqualTo("deployed");
        assertThat(fix(run.id(), "RangeError: a third one").json().path("detail").asString())
            .isEqualTo(RuntimeFixer.TURN_USED);
    }

}
