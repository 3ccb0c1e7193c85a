package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The offline composer's guestbook, deployed with no AI key, used by two people in two
 * headless Chromium browsers: each signs up and signs it, each sees the other's entry,
 * only an entry's author may delete it; and the second sees the first's new entry appear
 * without reloading.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuestbookInBrowsersTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browser alice = new Browser();

    @RegisterExtension
    static final Browser bob = new Browser();

    static long id;

    static String url;

    @Autowired
    AppDataStore data;

    private void deployed() {
        if (url != null) {
            return;
        }
        JsonNode created = api().generate("a guestbook for our wedding").json();
        id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            url = socket.await("deployed", Duration.ofSeconds(60)).path("url").asString();
        }
    }

    private static void signUp(Browser browser, String name, String email) {
        browser.openApp(url);
        type(browser, "auth-name", name);
        type(browser, "auth-email", email);
        type(browser, "auth-password", "correct horse battery");
        browser.driver().findElement(By.cssSelector("[data-testid=auth-submit]")).click();
        assertThat(browser.visible(By.cssSelector("[data-testid=signed-in-as]"), WAIT).getText()).contains(name);
    }

    private static void sign(Browser browser, String message) {
        type(browser, "entry-message", message);
        browser.driver().findElement(By.cssSelector("[data-testid=entry-submit]")).click();
        waitForEntry(browser, message);
    }

    private static void type(Browser browser, String testId, String text) {
        WebElement field = browser.visible(By.cssSelector("[data-testid=" + testId + "]"), WAIT);
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement waitForEntry(Browser browser, String message) {
        return Browser.waiting(browser.driver(), WAIT)
            .ignoring(StaleElementReferenceException.class)
            .until(driver -> driver.findElements(By.cssSelector("[data-testid=entry-item]"))
                .stream()
                .filter(e -> e.getText().contains(message))
                .findFirst()
                .orElse(null));
    }

    private static List<String> entries(Browser browser) {
        return browser.driver()
            .findElements(By.cssSelector("[data-testid=entry-text]"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    @Test
    @Order(1)
    void twoPeopleSignUpSignTheGuestbookAndSeeEachOthersEntries() {
        deployed();

        signUp(alice, "Alice", "alice@example.com");
        sign(alice, "Congratulations, Ana and Rui!");
        signUp(bob, "Bob", "bob@example.com");
        WebElement alicesEntry = waitForEntry(bob, "Congratulations, Ana and Rui!");
        sign(bob, "Wishing you both a lifetime of joy.");

        assertThat(alicesEntry.getText()).contains("Alice");
        assertThat(alicesEntry.findElements(By.xpath(".//button[text()='Delete']"))).as("not Bob's to delete")
            .isEmpty();
        assertThat(waitForEntry(bob, "Wishing you both").findElements(By.xpath(".//button[text()='Delete']")))
            .hasSize(1);
        assertThat(entries(bob)).containsExactly("Wishing you both a lifetime of joy.",
                "Congratulations, Ana and Rui!");
        assertThat(data.counts(id)).containsEntry("entries", 2L);
    }

    @Test
    @Order(2)
    void anEntryAppearsForTheOtherVisitorWithoutReloading() {
        deployed();
        if (entries(alice).isEmpty()) {
            signUp(alice, "Alice", "alice2@example.com");
        }
        if (!bob.driver().getCurrentUrl().startsWith(url)) {
            bob.openApp(url);
        }
        alice.consoleProblems();
        bob.driver().executeScript("window.sameVisit = true;");

        sign(alice, "See you on the dance floor!");

        waitForEntry(bob, "See you on the dance floor!");
        assertThat(bob.driver().executeScript("return window.sameVisit === true;")).as("without a reload")
            .isEqualTo(true);
        assertThat(alice.consoleProblems()).isEmpty();
    }

}
