package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.answer.AppStreamListener;
import dev.faibric.answer.AppStreamParser;
import dev.faibric.generation.validation.CodeValidator;
import dev.faibric.generation.validation.DataModelCheck;
import dev.faibric.llm.LlmRequest;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import dev.faibric.startcheck.StartCheck;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.Member;
import dev.faibric.support.SocketClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Composed apps whose requests need shared data: the answer declares the data tier with a
 * valid data model and passes the platform's checks (code, data model beside the code,
 * start check), while a personal app stays in the browser. Then one is generated through
 * the API with the library's real template finder, deployed, and used by two people in
 * two Chromium browsers: one signs up and adds an item, the other sees it come without a
 * reload, may not delete it, and comments, and the first sees the comment come.
 */
class SharedComposedAppsTests extends TwoBrowsersTest {

    @Autowired
    OfflineTemplateComposer composer;

    @Autowired
    CodeValidator validator;

    @Autowired
    StartCheck startCheck;

    /** An answer as the pipeline reads it. */
    record Read(Map<String, String> attributes, List<SourceFile> files, Map<String, String> sections) {
    }

    /** The composed app for a request (whether a template would fit it or not). */
    private Read read(String request) {
        String answer = composer.composed(new LlmRequest("", request, AppType.WEBAPP, null));
        Map<String, String> attributes = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        Map<String, String> sections = new HashMap<>();
        AppStreamParser parser = new AppStreamParser(new AppStreamListener() {
            @Override
            public void onApp(Map<String, String> found) {
                attributes.putAll(found);
            }

            @Override
            public void onFile(SourceFile file) {
                files.add(file);
            }

            @Override
            public void onSection(String name, String body) {
                sections.put(name, body);
            }
        });
        parser.accept(answer);
        parser.finish();
        return new Read(attributes, files, sections);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a supplier directory my team can all add to                                        | items
            a lost and found board for our office                                              | items
            a recipe exchange where members post recipes, comment on them and rate them       | items,comments,ratings
            a plant swap shop where neighbours sell cuttings, with a cart and checkout        | items
            a dashboard of the incidents our team reports, with charts                      | items
            """)
    void aComposedAppThatNeedsSharedDataPassesThePlatformsChecks(String request, String collections) {
        Read app = read(request);

        assertThat(app.attributes().get("note")).as(request)
            .contains("no built-in template fits", "shared by every visitor");
        assertThat(app.attributes()).containsEntry("requires_backend", "true").doesNotContainKey("template");
        DataModelCheck.Result data = DataModelCheck.check(app.sections().get("database"), true, app.files());
        assertThat(data.problems()).isEmpty();
        assertThat(data.dataBacked()).isTrue();
        assertThat(data.schema()).isNotNull();
        assertThat(data.schema().collections()).extracting(c -> c.name())
            .containsExactlyElementsOf(List.of(collections.split(",")));
        assertThat(validator.problems(app.files())).isEmpty();
        assertThat(startCheck.problem(app.files())).isEmpty();
    }

    @Test
    void aPersonalComposedAppKeepsItsDataInTheBrowser() {
        String request = "a private journal for my moods";
        assertThat(composer.compose(new LlmRequest("", request, AppType.WEBAPP, null)).orElseThrow())
            .as("composed or from a template, it keeps no shared data")
            .contains("requires_backend=\"false\"")
            .doesNotContain("<database>");
        Read app = read(request);

        assertThat(app.attributes().get("note")).contains("no built-in template fits", "kept in the visitor's browser");
        assertThat(app.attributes()).containsEntry("requires_backend", "false");
        assertThat(app.sections()).doesNotContainKey("database");
        assertThat(DataModelCheck.check(null, false, app.files()).dataBacked()).isFalse();
        assertThat(validator.problems(app.files())).isEmpty();
        assertThat(startCheck.problem(app.files())).isEmpty();
    }

    @Test
    void whatOneMemberAddsAnotherSeesLiveAndCommentsOn() {
        JsonNode created = api()
            .generate("a lost and found board for our office where colleagues add what they found and comment")
            .json();
        long id = created.path("id").asLong();
        String url;
        String chat;
        try (SocketClient socket = socket(id, "")) {
            url = socket.await("deployed", Member.BUILD).path("url").asString();
            chat = String.join("\n", socket.received().stream().map(JsonNode::toString).toList());
        }
        assertThat(chat).contains("no built-in template fits", "shared by every visitor");
        String title = "Blue umbrella by the lifts";

        Member ada = new Member(first, "Ada").open(url);
        ada.waitForText("[data-testid=examples-note]", "examples");
        assertThat(ada.texts("[data-testid=example]")).isNotEmpty();
        Member bo = new Member(second, "Bo").open(url).markPage();
        bo.waitForText("[data-testid=sign-in-prompt]", "Sign up or log in to add");

        ada.signUp().type("item-title", title).type("item-summary", "Left on Tuesday, now at reception.");
        ada.click("add-item").waitForText("[data-testid=item]", title);
        assertThat(ada.texts("[data-testid=example]")).as("the examples make way").isEmpty();

        bo.waitForText("[data-testid=item]", title);
        assertThat(bo.samePage()).as("the item appeared without a reload").isTrue();
        assertThat(bo.texts("[data-testid=item]")).singleElement().asString().contains("Added by Ada");
        open(bo, title);
        assertThat(second.driver().findElements(By.cssSelector("[data-testid=remove-item]")))
            .as("only its owner may delete it")
            .isEmpty();

        open(ada, title);
        ada.markPage();
        bo.signUp().type("comment-body", "That's mine! Picking it up at lunch.").click("post-comment");
        ada.waitForText("[data-testid=comment]", "Picking it up");
        assertThat(ada.samePage()).as("the comment arrived without a reload").isTrue();
        assertThat(first.driver().findElements(By.cssSelector("[data-testid=remove-item]"))).isNotEmpty();

        AppVisitor anonymous = new AppVisitor(created.path("slug").asString(), port);
        assertThat(anonymous.get("/_api/data/items").json().path("total").asInt()).isEqualTo(1);
        assertThat(anonymous.post("/_api/data/items", Map.of("title", "Spam")).status()).as("adding needs an account")
            .isEqualTo(401);
    }

    /** Opens the card of the item with this title. */
    private static void open(Member member, String title) {
        WebElement card = member.waitForText("[data-testid=item]", title);
        card.findElement(By.cssSelector("[data-testid=open-item]")).click();
        member.waitForText("[data-testid=item-detail] h2", title);
    }

}
