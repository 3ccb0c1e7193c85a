package dev.faibric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.Member;
import dev.faibric.support.NodeProcess;
import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's headline: "a discussion forum where members post questions and answer each
 * other", typed into a Faibric with no AI key, gives a deployed forum; two people sign up
 * in two browsers; one posts, the other sees the post appear without reloading and
 * answers it; after a restart of Faibric both are still there, and both people still
 * signed in. Faibric runs as a process of its own on its embedded defaults (a file-based
 * H2 and an apps folder, both its own), so that stopping it and starting it again is a
 * real restart.
 */
class ForumEndToEndTests {

    static final String PROMPT = "a discussion forum where members post questions and answer each other";

    static final Duration START = Duration.ofSeconds(180);

    @RegisterExtension
    static final Browser first = new Browser();

    @RegisterExtension
    static final Browser second = new Browser();

    static NodeProcess faibric;

    @RegisterExtension
    static final TestWatcher PRINT_LOG_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (faibric != null) {
                faibric.printLog();
            }
        }
    };

    /**
     * Faibric as a fresh clone runs it, but for where it keeps things: no AI key
     * (whatever this machine's environment holds), so the offline composer answers.
     */
    static NodeProcess start(Path home) {
        return NodeProcess.start("faibric",
                List.of("--spring.datasource.url=jdbc:h2:file:" + home.resolve("data/faibric")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--faibric.hosting.apps-volume=" + home.resolve("apps"), "--faibric.ai.openai.api-key=",
                        "--faibric.ai.anthropic.api-key=", "--faibric.embeddings.openai-api-key="))
            .awaitUp(START);
    }

    @AfterAll
    static void stop() {
        if (faibric != null) {
            faibric.close();
        }
    }

    @Test
    void aForumFromOnePromptKeepsQuestionsAndAnswersAcrossARestart() throws IOException {
        Path home = Files.createTempDirectory("faibric-forum-");
        faibric = start(home);
        JsonNode created = faibric.api().generate(PROMPT).json();
        long id = created.path("id").asLong();
        JsonNode deployed;
        try (SocketClient socket = SocketClient
            .connect("ws://localhost:" + faibric.port() + "/ws/project/" + id + "/")) {
            deployed = socket.await("deployed", Member.BUILD);
        }
        String url = deployed.path("url").asString();
        JsonNode project = faibric.api().get("/api/projects/" + id + "/").json();
        assertThat(project.path("versions").get(0).path("cost").path("provider").asString()).isEqualTo("offline");
        assertThat(project.path("requiresBackend").asBoolean()).isTrue();

        Member ada = new Member(first, "Ada").open(url).signUp();
        Member bo = new Member(second, "Bo").open(url).signUp().markPage();
        String title = "Which bike lights work best in heavy rain?";
        ada.click("ask-question").type("question-title", title);
        ada.type("question-body", "Mine fog up inside after ten minutes.").click("post-question");
        ada.waitForText("[data-testid=question-title-text]", title);
        ada.markPage();

        bo.waitForText("[data-testid=question-item]", title);
        assertThat(bo.samePage()).as("Bo saw the question appear without reloading").isTrue();
        bo.clickWithText("[data-testid=question-item]", title);
        String answer = "Look for IPX6 or better, and a sealed USB-C port.";
        bo.type("answer-body", answer).click("post-answer");
        ada.waitForText("[data-testid=answer]", answer);
        assertThat(ada.samePage()).as("Ada saw the answer appear without reloading").isTrue();
        assertThat(ada.consoleProblems()).isEmpty();
        assertThat(bo.consoleProblems()).isEmpty();

        faibric.stop(Duration.ofSeconds(60));
        faibric.close();
        faibric = start(home);
        String again = url.replaceFirst(":\\d+/", ":" + faibric.port() + "/");

        ada.open(again).waitForText("[data-testid=question-item]", title);
        ada.waitForText("[data-testid=answer-count]", "1");
        ada.waitForText("[data-testid=account-name]", "Ada");
        bo.open(again).clickWithText("[data-testid=question-item]", title);
        bo.waitForText("[data-testid=answer]", answer);
        bo.waitForText("[data-testid=account-name]", "Bo");
    }

}
