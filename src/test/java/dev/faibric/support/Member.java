package dev.faibric.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person using deployed apps in a browser of their own (cookies of their own), by the
 * {@code data-testid}s the data-backed templates give their controls: signs up, types,
 * clicks, and waits for what others do to appear. {@link #markPage()} and
 * {@link #samePage()} tell whether what appeared came without a reload.
 */
public final class Member {

    public static final Duration WAIT = Duration.ofSeconds(30);

    /** How long a generation may take to deploy on a busy machine. */
    public static final Duration BUILD = Duration.ofSeconds(120);

    private static final String PASSWORD = "correct horse battery";

    private final Browser browser;

    private final String name;

    private final String email;

    public Member(Browser browser, String name) {
        this.browser = browser;
        this.name = name;
        this.email = name.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
    }

    public String name() {
        return this.name;
    }

    public String email() {
        return this.email;
    }

    public String password() {
        return PASSWORD;
    }

    public Browser browser() {
        return this.browser;
    }

    /** Opens an app (or one of its pages) and waits for its title. */
    public Member open(String url) {
        this.browser.openApp(url);
        return this;
    }

    /**
     * Signs up on the open app with the header's Sign up button, and waits to be signed
     * in.
     */
    public Member signUp() {
        click("sign-up");
        type("auth-name", this.name);
        type("auth-email", this.email);
        type("auth-password", PASSWORD);
        click("auth-submit");
        waitForText("[data-testid=account-name]", this.name);
        return this;
    }

    /** Logs in on the open app with the header's Log in button. */
    public Member logIn() {
        click("log-in");
        type("auth-email", this.email);
        type("auth-password", PASSWORD);
        click("auth-submit");
        waitForText("[data-testid=account-name]", this.name);
        return this;
    }

    /** Follows the owner's one-time admin link, which signs in as the app's admin. */
    public Member openAsAdmin(String adminLink) {
        open(adminLink);
        waitForText("[data-testid=account-name]", "owner");
        return this;
    }

    /** Clicks the first visible element with this test id. */
    public Member click(String testId) {
        return clickCss("[data-testid=" + testId + "]");
    }

    /**
     * Clicks the first element {@code css} selects, once it is visible and enabled; found
     * again if React replaced it before the click landed.
     */
    public Member clickCss(String css) {
        return clickFirst(css, e -> e.isDisplayed() && e.isEnabled());
    }

    /** Clicks the element {@code css} selects whose text contains {@code text}. */
    public Member clickWithText(String css, String text) {
        return clickFirst(css, e -> e.isDisplayed() && e.getText().contains(text));
    }

    private Member clickFirst(String css, java.util.function.Predicate<WebElement> wanted) {
        Browser.waiting(this.browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream().filter(wanted).findFirst().orElse(null);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        return this;
    }

    /** Replaces the text of the field with this test id. */
    public Member type(String testId, String text) {
        WebElement field = this.browser.visible(By.cssSelector("[data-testid=" + testId + "]"), WAIT);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
        return this;
    }

    /** Chooses an option of the select with this test id, by its value. */
    public Member choose(String testId, String value) {
        new Select(this.browser.visible(By.cssSelector("[data-testid=" + testId + "]"), WAIT)).selectByValue(value);
        return this;
    }

    /**
     * Sets a field the keyboard cannot fill reliably (a datetime-local), as React sees
     * it.
     */
    public Member setValue(String testId, String value) {
        WebElement field = this.browser.visible(By.cssSelector("[data-testid=" + testId + "]"), WAIT);
        ((JavascriptExecutor) this.browser.driver()).executeScript("const input = arguments[0];"
                + "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                + "setter.call(input, arguments[1]);" + "input.dispatchEvent(new Event('input', { bubbles: true }));",
                field, value);
        return this;
    }

    /** Waits until some element {@code css} selects shows {@code text}, and gives it. */
    public WebElement waitForText(String css, String text) {
        return Browser.waiting(this.browser.driver(), WAIT)
            .ignoring(StaleElementReferenceException.class)
            .until(d -> d.findElements(By.cssSelector(css))
                .stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /** The texts of the visible elements {@code css} selects. */
    public List<String> texts(String css) {
        return this.browser.driver()
            .findElements(By.cssSelector(css))
            .stream()
            .filter(WebElement::isDisplayed)
            .map(WebElement::getText)
            .toList();
    }

    /** Marks the page, so {@link #samePage()} can tell it was not loaded again since. */
    public Member markPage() {
        ((JavascriptExecutor) this.browser.driver()).executeScript("window.__sameDocument = true;");
        return this;
    }

    /** Whether the page is still the one {@link #markPage()} marked (no reload since). */
    public boolean samePage() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) this.browser.driver()).executeScript("return window.__sameDocument === true;"));
    }

    /** Console messages at warning level or worse since the last call. */
    public List<String> consoleProblems() {
        return this.browser.consoleProblems();
    }

}
