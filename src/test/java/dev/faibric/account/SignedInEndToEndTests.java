package dev.faibric.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * With accounts on, in a real browser: the UI asks to sign in, a new account is made
 * there, and then the whole path works as signed in (the session cookie, the CSRF header
 * on every change, the socket, the preview under the UI's content policy), and signing
 * out ends it.
 */
@TestPropertySource(
        properties = { "faibric.auth.mode=accounts", "faibric.auth.admins=boss@example.com,chief@example.com" })
class SignedInEndToEndTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aNewAccountSignsUpInTheUiAndBuildsAnApp() {
        browser.open(baseUrl() + "/");
        browser.visible(By.cssSelector("[data-testid=sign-in-form]"), WAIT);
        // Asking who is signed in is answered 401 before anyone is: expected, not a
        // problem.
        assertThat(browser.consoleProblems()).allMatch(p -> p.contains("/api/auth/me") && p.contains("401"));
        browser.driver()
            .findElements(By.cssSelector("button.link-button"))
            .stream()
            .filter(b -> b.getText().contains("Create an account"))
            .findFirst()
            .orElseThrow()
            .click();
        browser.visible(By.cssSelector("[data-testid=sign-in-email]"), WAIT).sendKeys("maker@example.com");
        browser.driver().findElement(By.cssSelector("[data-testid=sign-in-password]")).sendKeys("a long passphrase");
        browser.driver().findElement(By.cssSelector("[data-testid=sign-in-submit]")).click();

        assertThat(browser.visible(By.cssSelector("[data-testid=account-email]"), WAIT).getText())
            .isEqualTo("maker@example.com");
        browser.visible(By.cssSelector("[data-testid=prompt-input]"), WAIT).sendKeys("a tip calculator");
        browser.driver().findElement(By.cssSelector("[data-testid=prompt-submit]")).click();
        Browser.waiting(browser.driver(), WAIT).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+"));
        browser.visible(By.cssSelector("[data-testid=messages] [data-testid=build-card][data-status=deployed]"), WAIT);
        WebElement frame = browser.visible(By.cssSelector("[data-testid=preview-frame]"), WAIT);
        browser.driver().switchTo().frame(frame);
        try {
            assertThat(browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT).getText())
                .isEqualTo("Tip Calculator");
        }
        finally {
            browser.driver().switchTo().defaultContent();
        }
        assertThat(browser.consoleProblems()).isEmpty();

        browser.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();
        browser.visible(By.cssSelector("[data-testid=sign-in-form]"), WAIT);
        browser.open(baseUrl() + "/");
        assertThat(browser.visible(By.cssSelector("[data-testid=sign-in-form]"), WAIT).isDisplayed()).isTrue();
    }

}
