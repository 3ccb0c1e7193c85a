package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.datastore.Row;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apps that keep shared data, end to end with OpenAI's wire format: the prompt that
 * teaches the data tier when the request needs it, the {@code <database>} validated with
 * the code (a repair sees its problems), the data model applied before the deploy with
 * what changed said in the chat, and changes that migrate the data in place.
 */
class DataAnswersTests extends ModelIntegrationTest {

    static final String FORUM_PROMPT = "a discussion forum where members post questions and answer each other";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AppDataStore data;

    private List<JsonNode> messages(Run run) {
        return run.events().stream().filter(e -> e.path("type").asString().equals("message")).toList();
    }

    private JsonNode database(Run run) {
        return run.last("complete").path("content").path("database");
    }

    private Run forum() {
        answers(OPENAI, openAi(DataAnswers.forum(DataAnswers.FORUM_SCHEMA), 100));
        Run run = generate(FORUM_PROMPT);
        assertThat(run.types()).contains("deployed");
        return run;
    }

    private Row post(Run run, String title) {
        return data.create(run.id(), "posts", JSON.readTree("{\"title\": \"" + title + "\", \"body\": \"Why?\"}"),
                null);
    }

    @Test
    void aDataBackedAnswerIsAppliedBeforeTheDeployAndTheChatSaysWhatChanged() {
        Run run = forum();

        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("THE DATA TIER"))
            .withRequestBody(containing("faibric/data")));
        assertThat(run.types()).containsSubsequence("thinking", "message", "complete", "deployed");
        assertThat(run.events())
            .anySatisfy(e -> assertThat(e.path("content").asString()).contains("keeps shared data (members"));
        assertThat(messages(run)).singleElement()
            .satisfies(m -> assertThat(m.path("content").asString())
                .isEqualTo("Data: Added collections posts and comments."));
        JsonNode result = run.last("complete").path("content");
        assertThat(result.path("requires_backend").asBoolean()).isTrue();
        AppSchema applied = data.schema(run.id()).orElseThrow();
        assertThat(AppSchema.parse(database(run).toString()).orThrow()).isEqualTo(applied);
        assertThat(applied).isEqualTo(AppSchema.parse(DataAnswers.FORUM_SCHEMA).orThrow());
        assertThat(api().get("/api/projects/" + run.id() + "/").json().path("requiresBackend").asBoolean()).isTrue();
    }

    @Test
    void anAppThatKeepsNoSharedDataIsAskedForWithoutTheDataTier() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 100));

        Run run = generate("a tip calculator");

        assertThat(run.types()).contains("deployed").doesNotContain("message");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(notContaining("THE DATA TIER")));
        assertThat(run.last("complete").path("content").path("requires_backend").asBoolean()).isFalse();
        assertThat(data.schema(run.id())).isEmpty();
    }

    @Test
    void theRepairSeesTheDataModelsProblemsAndAnswersACorrectedOne() {
        String wrong = DataAnswers.FORUM_SCHEMA.replace("\"longtext\", \"required\": true, \"max\": 4000",
                "\"varchar\"");
        answers(OPENAI, openAi(DataAnswers.forum(wrong).replace("collection('comments')", "collection('answers')"), 50),
                openAi(DataAnswers.repair(), 50));

        Run run = generate(FORUM_PROMPT);

        assertThat(run.types()).containsSubsequence("validation", "message", "deployed");
        VENDOR.verify(1,
                postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("- <database>: posts.body: "))
                    .withRequestBody(containing("lib/data.ts: collection 'answers' is not in the <database> schema"))
                    .withRequestBody(containing("varchar")));
        assertThat(data.schema(run.id()).orElseThrow().collection("comments")).isPresent();
        assertThat(run.last("complete").path("content").path("components").path("lib/data.ts").asString())
            .contains("collection('comments')");
    }

    @Test
    void sqlInTheDatabaseBlockIsAProblemThatSaysWhatFormatIsExpected() {
        String sql = "{\"type\": \"postgresql\", \"schema\": \"CREATE TABLE posts (id BIGSERIAL PRIMARY KEY);\"}";
        answers(OPENAI, openAi(DataAnswers.forum(sql), 50), openAi("<summary>Nothing to fix.</summary>", 20));

        Run run = generate(FORUM_PROMPT);

        assertThat(run.types()).doesNotContain("deployed");
        assertThat(run.last("error").path("content").asString())
            .contains("<database>: holds SQL or a {\"type\": ...} object, which Faibric never runs");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("which Faibric never runs")));
        assertThat(data.schema(run.id())).isEmpty();
    }

    @Test
    void aChangeThatAddsAFieldMigratesInPlaceAndKeepsTheRows() {
        Run run = forum();
        Row before = post(run, "Tomatoes splitting");
        answers(OPENAI,
                openAi(DataAnswers.change(
                        DataAnswers.FORUM_SCHEMA.replace("\"max\": 200}",
                                "\"max\": 200}, \"solved\": {\"type\": \"boolean\", \"default\": false}"),
                        "Posts can be marked solved."), 50));

        Run changed = change(run, "let people mark a question as solved");

        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        assertThat(messages(changed)).last()
            .satisfies(m -> assertThat(m.path("content").asString()).isEqualTo("Data: Added field posts.solved."));
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("CHANGING THE DATA"))
            .withRequestBody(containing("The app's current data model:")));
        Row after = data.get(run.id(), "posts", before.id()).orElseThrow();
        assertThat(after.values()).containsEntry("title", "Tomatoes splitting").containsKey("solved");
        assertThat(database(changed).path("collections").path("posts").path("fields").has("solved")).isTrue();
    }

    @Test
    void aChangeThatDropsAFieldSaysItWasKeptHidden() {
        Run run = forum();
        post(run, "Aphids on roses");
        answers(OPENAI,
                openAi(DataAnswers.change(
                        DataAnswers.FORUM_SCHEMA
                            .replace(", \"body\": {\"type\": \"longtext\", \"required\": true, \"max\": 4000}", ""),
                        "Questions are titles only."), 50));

        Run changed = change(run, "questions need only a title");

        assertThat(changed.types()).contains("deployed");
        assertThat(messages(changed)).last()
            .satisfies(m -> assertThat(m.path("content").asString())
                .isEqualTo("Data: Kept posts.body hidden because the new version no longer has it."));
        assertThat(data.hidden(run.id())).contains("posts.body");
        assertThat(data.counts(run.id())).containsEntry("posts", 1L);
    }

    @Test
    void aChangeWithoutADatabaseBlockKeepsTheDataModel() {
        Run run = forum();
        answers(OPENAI, openAi(DataAnswers.headingEdit(), 50));

        Run changed = change(run, "rename the heading to Garden Questions");

        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        assertThat(messages(changed)).as("nothing changed in the data model").isEmpty();
        assertThat(database(changed)).isEqualTo(database(run));
        assertThat(changed.last("complete").path("content").path("requires_backend").asBoolean()).isTrue();
        assertThat(data.schema(run.id()).orElseThrow()).isEqualTo(AppSchema.parse(DataAnswers.FORUM_SCHEMA).orThrow());
    }

    @Test
    void storageThatCannotFollowFailsTheBuildAndThePreviousVersionStaysLive() {
        Run run = forum();
        post(run, "Same title");
        post(run, "Same title");
        answers(OPENAI, openAi(DataAnswers.change(DataAnswers.FORUM_SCHEMA.replace("\"required\": true, \"max\": 200}",
                "\"required\": true, \"unique\": true}"), "Titles are unique."), 50));

        Run changed = change(run, "no two questions may have the same title");

        assertThat(changed.types()).doesNotContain("complete");
        JsonNode error = changed.last("error");
        assertThat(error.path("content").asString())
            .startsWith("The app's data could not follow the new data model, so this version was not deployed: ")
            .endsWith("The previous version stays live.");
        assertThat(error.path("recoverable").asBoolean()).isTrue();
        assertThat(api().get("/api/projects/" + run.id() + "/").json().path("currentVersion").asInt()).isEqualTo(1);
        assertThat(data.counts(run.id())).containsEntry("posts", 2L);
    }

    @Test
    void aChangeThatAsksForSharedDataTurnsTheDataTierOn() {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 50), openAi(DataAnswers.sharedTips(), 50));
        Run run = generate("a tip calculator");

        Run changed = change(run, "let people log in and save their tips so everyone sees them");

        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        VENDOR.verify(1,
                postRequestedFor(urlEqualTo(OPENAI)).withRequestBody(containing("Change request: let people log in"))
                    .withRequestBody(containing("THE DATA TIER")));
        assertThat(messages(changed)).last()
            .satisfies(m -> assertThat(m.path("content").asString()).isEqualTo("Data: Added collection tips."));
        assertThat(changed.last("complete").path("content").path("requires_backend").asBoolean()).isTrue();
        assertThat(data.schema(run.id())).isPresent();
    }

}
