package dev.faibric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Accessibility;
import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Faibric's own pages in a real browser, on a desktop window and on a phone 390 pixels
 * wide: axe-core finds no serious or critical violation on the home, project, library and
 * usage pages; on the phone nothing scrolls sideways, controls are big enough to touch,
 * and the project page's Preview and Chat tabs work from the keyboard with the focus in
 * sight.
 */
class AccessibilityEndToEndTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static final String DESKTOP = "desktop";

    static final String PHONE = "phone";

    /**
     * What a phone's controls are measured on: buttons, tabs, fields and the main links.
     */
    static final String CONTROLS = "button, [role=tab], textarea, input:not([type=checkbox]), .topnav-link";

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The deployed app whose page the project checks open; made by the first of them. */
    private static Long project;

    /**
     * A deployed app that keeps data, for the Data view; made by the first check of it.
     */
    private static Long dataProject;

    @AfterEach
    void backToTheDesktop() {
        browser.desktop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theHomePage(String screen) {
        use(screen);
        browser.open(baseUrl() + "/");
        browser.visible(By.cssSelector("[data-testid=prompt-input]"), WAIT);
        browser.visible(By.cssSelector("[data-testid=provider-note]"), WAIT);
        check("home page", screen);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theProjectPageInEachView(String screen) {
        use(screen);
        openProject();
        check("project page, Preview", screen);

        browser.driver().findElement(By.cssSelector("[data-testid=code-toggle]")).click();
        browser.visible(By.cssSelector("[data-testid=code-view]"), WAIT);
        check("project page, Code", screen);

        browser.driver().findElement(By.cssSelector("[data-testid=versions-toggle]")).click();
        browser.visible(By.cssSelector("[data-testid=version-row]"), WAIT);
        check("project page, Versions", screen);

        if (PHONE.equals(screen)) {
            browser.driver().findElement(By.cssSelector("[data-testid=panel-tab-chat]")).click();
            browser.visible(By.cssSelector("[data-testid=chat-input]"), WAIT);
            check("project page, Chat", screen);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theDataViewOfAnAppThatKeepsData(String screen) {
        use(screen);
        if (dataProject == null) {
            dataProject = deploy("a discussion forum where members post questions and answer each other");
        }
        open(dataProject);
        browser.visible(By.cssSelector("[data-testid=data-toggle]"), WAIT).click();
        browser.visible(By.cssSelector("[data-testid=data-tab] .data-table"), WAIT);
        check("project page, Data", screen);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theProjectSettingsAndTheDeleteDialog(String screen) {
        use(screen);
        openProject();
        browser.driver().findElement(By.cssSelector("[data-testid=environment-panel] button")).click();
        browser.driver().findElement(By.cssSelector("[data-testid=secrets-panel] button")).click();
        browser.visible(By.cssSelector("[data-testid=environment-save]"), WAIT);
        browser.visible(By.cssSelector("[data-testid=secret-save]"), WAIT);
        check("project settings", screen);

        WebElement delete = browser.driver().findElement(By.cssSelector("[data-testid=project-delete]"));
        delete.click();
        browser.visible(By.cssSelector("[role=alertdialog]"), WAIT);
        check("delete dialog", screen);
        // The focus stays in the dialog, and goes back where it was once Escape closes
        // it.
        for (int i = 0; i < 4; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(activeIsIn("[role=alertdialog]")).as("focus after %s Tab(s)", i + 1).isTrue();
        }
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.driver().findElements(By.cssSelector("[role=alertdialog]"))).isEmpty();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(delete);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theLibraryPage(String screen) {
        use(screen);
        browser.open(baseUrl() + "/library");
        browser.visible(By.cssSelector("[data-testid=library-result]"), WAIT);
        check("library page", screen);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { DESKTOP, PHONE })
    void theUsagePage(String screen) {
        use(screen);
        browser.open(baseUrl() + "/usage");
        browser.visible(By.cssSelector("[data-testid=usage-builds]"), WAIT);
        check("usage page", screen);
    }

    @Test
    void onAPhoneThePreviewAndChatTabsWorkFromTheKeyboard() {
        use(PHONE);
        openProject();
        WebElement preview = browser.driver().findElement(By.cssSelector("[data-testid=panel-tab-preview]"));
        WebElement chat = browser.driver().findElement(By.cssSelector("[data-testid=panel-tab-chat]"));
        assertThat(preview.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(chat.getAttribute("tabindex")).isEqualTo("-1");

        tabUntil(preview);
        assertThat(Accessibility.focusOutline(browser)).doesNotStartWith("none");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(chat);
        assertThat(chat.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.visible(By.cssSelector("[data-testid=chat-input]"), WAIT).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=preview-frame]")).isDisplayed()).isFalse();
        assertThat(Accessibility.focusOutline(browser)).doesNotStartWith("none");

        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(preview);
        assertThat(browser.visible(By.cssSelector("[data-testid=preview-frame]"), WAIT).isDisplayed()).isTrue();

        new Actions(browser.driver()).sendKeys(Keys.END).perform();
        assertThat(chat.getAttribute("aria-selected")).isEqualTo("true");
        new Actions(browser.driver()).sendKeys(Keys.HOME).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ENTER).perform();
        // Left of the first tab is the last one.
        assertThat(chat.getAttribute("aria-selected")).isEqualTo("true");
        tabUntil(browser.driver().findElement(By.cssSelector("[data-testid=chat-input]")));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        browser.open(baseUrl() + "/library");
        browser.visible(By.cssSelector("[data-testid=library-search]"), WAIT);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to the main content");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(Accessibility.focusOutline(browser)).doesNotStartWith("none");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("main");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-testid")).isEqualTo("library-search");
    }

    private void use(String screen) {
        if (PHONE.equals(screen)) {
            browser.phone(390, 844);
        }
    }

    private void check(String page, String screen) {
        String name = page + " (" + screen + ")";
        Accessibility.assertNoSeriousViolations(browser, name);
        if (PHONE.equals(screen)) {
            Accessibility.assertNoHorizontalOverflow(browser, name);
            Accessibility.assertTouchTargets(browser, name, CONTROLS);
        }
    }

    /** The page of a deployed app, once it says Ready with the app in its preview. */
    private void openProject() {
        if (project == null) {
            project = deploy("a tip calculator");
        }
        open(project);
    }

    private long deploy(String prompt) {
        long id = api().generate(prompt).json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", WAIT);
        }
        return id;
    }

    private void open(long id) {
        browser.open(baseUrl() + "/projects/" + id);
        Browser.waiting(browser.driver(), WAIT)
            .until(d -> d.findElement(By.cssSelector("[data-testid=project-phase]")).getText().equals("Ready"));
        browser.visible(By.cssSelector("[data-testid=preview-frame]"), WAIT);
    }

    /** Presses Tab until {@code target} has the focus, failing after forty presses. */
    private void tabUntil(WebElement target) {
        for (int i = 0; i < 40; i++) {
            if (browser.driver().switchTo().activeElement().equals(target)) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("Tab never reached %s", target).isEqualTo(target);
    }

    private boolean activeIsIn(String css) {
        return (Boolean) browser.driver().executeScript("return !!document.activeElement.closest(arguments[0]);", css);
    }

}
