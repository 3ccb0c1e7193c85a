package dev.faibric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The whole product path in a real browser: prompt, streamed generation, deployed app,
 * preview.
 */
class EndToEndTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** The chat's card of a build that ended with its version live. */
    static final String DEPLOYED_CARD = "[data-testid=messages] [data-testid=build-card][data-status=deployed]";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPromptBecomesADeployedAppThatRendersWithoutConsoleErrors() {
        JsonNode created = api().generate("a tip calculator").json();
        JsonNode deployed;
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            deployed = socket.await("deployed", WAIT);
        }
        String url = deployed.path("url").asString();
        assertThat(url).isEqualTo("http://" + created.path("slug").asString() + ".apps.localhost:" + port + "/");

        browser.consoleProblems();
        browser.open(url);

        WebElement title = browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT);
        assertThat(title.getText()).isEqualTo("Tip Calculator");
        enter("bill-input", "100");
        enter("people-input", "4");
        browser.driver()
            .findElements(By.tagName("button"))
            .stream()
            .filter(b -> b.getText().strip().equals("20%"))
            .findFirst()
            .orElseThrow()
            .click();
        assertThat(browser.visible(By.cssSelector("[data-testid=tip-per-person]"), WAIT).getText()).contains("5.00");
        assertThat(browser.visible(By.cssSelector("[data-testid=total-per-person]"), WAIT).getText()).contains("30.00");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "a landing page for my bakery", "a kanban board that remembers my tasks",
            "a unit converter", "a sales dashboard with monthly revenue charts", "a tic-tac-toe game",
            "a contact form for my design studio", "a dark pomodoro timer with purple accents",
            "a portfolio for a wedding photographer" })
    void everyAppTypeRendersWithoutConsoleErrors(String prompt) {
        JsonNode created = api().generate(prompt).json();
        String url;
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            url = socket.await("deployed", WAIT).path("url").asString();
        }
        browser.consoleProblems();
        browser.open(url);

        assertThat(browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT).getText()).isNotBlank();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theSameAppIsServedUnderThePlatformPathToo() {
        JsonNode created = api().generate("a tic-tac-toe game").json();
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            socket.await("deployed", WAIT);
        }
        browser.consoleProblems();
        browser.open(baseUrl() + "/apps/" + created.path("slug").asString() + "/");

        assertThat(browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT).isDisplayed()).isTrue();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void typingAPromptInTheUiShowsTheWorkingAppInThePreview() {
        browser.open(baseUrl() + "/");
        WebElement prompt = browser.visible(By.cssSelector("[data-testid=prompt-input]"), WAIT);
        prompt.sendKeys("a tip calculator");
        browser.driver().findElement(By.cssSelector("[data-testid=prompt-submit]")).click();

        Browser.waiting(browser.driver(), WAIT).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+"));
        // The frame is replaced by each preview as files complete; look inside once the
        // build's card says the version is deployed.
        browser.visible(By.cssSelector(DEPLOYED_CARD), WAIT);
        WebElement frame = browser.visible(By.cssSelector("[data-testid=preview-frame]"), WAIT);
        assertThat(frame.getAttribute("sandbox")).contains("allow-scripts");
        browser.driver().switchTo().frame(frame);
        try {
            assertThat(browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT).getText())
                .isEqualTo("Tip Calculator");
            enter("bill-input", "80");
            assertThat(browser.visible(By.cssSelector("[data-testid=total-per-person]"), WAIT).getText()).isNotBlank();
        }
        finally {
            browser.driver().switchTo().defaultContent();
        }
        assertThat(browser.visible(By.cssSelector("[data-testid=messages]"), WAIT).getText()).contains("offline");
        assertTheChatShowsOneCardForTheBuild();
        assertTheCodeViewShowsTheFiles();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /**
     * The build is one card in the chat, not a line per file: its files are done with
     * their line counts, it says how long it took and what it cost, and how it ended.
     */
    private static void assertTheChatShowsOneCardForTheBuild() {
        WebElement messages = browser.driver().findElement(By.cssSelector("[data-testid=messages]"));
        List<WebElement> cards = messages.findElements(By.cssSelector("[data-testid=build-card]"));
        assertThat(cards).hasSize(1);
        WebElement card = cards.get(0);
        assertThat(messages.findElements(By.cssSelector("[data-kind=file], [data-kind=progress], [data-kind=preview]")))
            .isEmpty();
        assertThat(messages.getText()).doesNotContain("wrote ", "Preview with");
        List<WebElement> files = card.findElements(By.cssSelector("[data-testid=build-card-file]"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(file -> assertThat(file.getAttribute("data-status")).isEqualTo("done"));
        assertThat(files.stream().map(file -> file.getAttribute("data-path"))).contains("App.tsx");
        assertThat(card.findElement(By.cssSelector("[data-testid=build-card-result]")).getAttribute("data-result"))
            .isEqualTo("deployed");
        assertThat(card.findElement(By.cssSelector("[data-testid=build-card-result]")).getText())
            .contains("Deployed version 1");
        assertThat(card.findElement(By.cssSelector("[data-testid=build-card-elapsed]")).getText())
            .matches("\\d+:\\d\\d");
        assertThat(card.findElement(By.cssSelector("[data-testid=build-card-usage]")).getText())
            .isEqualTo("no AI call");
    }

    /**
     * The code view: the files as a tree, the chosen one highlighted, and a copy button
     * that says it copied.
     */
    private static void assertTheCodeViewShowsTheFiles() {
        browser.driver().findElement(By.cssSelector("[data-testid=code-toggle]")).click();
        browser.visible(By.cssSelector("[role=tree] [data-path='App.tsx']"), WAIT).click();
        WebElement code = browser.visible(By.cssSelector("[data-testid=code-view]"), WAIT);
        assertThat(code.getText()).contains("export default function App");
        assertThat(code.findElements(By.cssSelector(".hljs-keyword"))).isNotEmpty();
        WebElement copy = browser.driver().findElement(By.cssSelector("[data-testid=code-copy]"));
        copy.click();
        Browser.waiting(browser.driver(), WAIT).until(d -> !"idle".equals(copy.getAttribute("data-state")));
    }

    @Test
    void theOwnerSetsAPublicVariableOnTheProjectPage() {
        JsonNode created = api().generate("a tip calculator").json();
        long id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
        }
        browser.consoleProblems();
        browser.open(baseUrl() + "/projects/" + id);

        browser.visible(By.cssSelector("[data-testid=environment-panel] button"), WAIT).click();
        browser.visible(By.cssSelector("[aria-label='Name of variable 1']"), WAIT).sendKeys("vite_api_url");
        browser.driver()
            .findElement(By.cssSelector("[aria-label='Value of variable 1']"))
            .sendKeys("https://api.example.com");
        browser.driver().findElement(By.cssSelector("[data-testid=environment-save]")).click();

        Browser.waiting(browser.driver(), WAIT)
            .until(d -> d.findElement(By.cssSelector("[data-testid=environment-status]"))
                .getText()
                .startsWith("Saved"));
        assertThat(api().get("/api/projects/" + id + "/environment")
            .json()
            .path("variables")
            .path("VITE_API_URL")
            .asString()).isEqualTo("https://api.example.com");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    private static void enter(String testId, String value) {
        WebElement input = browser.visible(By.cssSelector("[data-testid=" + testId + "]"), WAIT);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

}
