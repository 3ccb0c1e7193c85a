package dev.faibric.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.ModelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * In headless Chromium: an app that throws at run time shows its error over the preview
 * with "Fix it"; the click sends one change request, whose version throws the same error;
 * fixing errors automatically then tries that error again, and the server refuses it.
 */
class RuntimeErrorsInBrowserTests extends ModelIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anErrorIsShownSentToBeFixedOnceAndRefusedTheSecondTime() {
        // The fix takes a few seconds to write, long enough to see it was sent.
        answers(OPENAI, openAi(ThrowingApp.answer(), 100), openAi(ThrowingApp.retitled("Tip Jar", "Tip Jar 2"), 4000));
        Run run = generate("a tip jar");
        assertThat(run.types()).contains("deployed");
        try {
            browser.open(baseUrl() + "/projects/" + run.id());

            WebElement notice = browser.visible(By.cssSelector(".preview-body [data-testid=runtime-error]"), WAIT);
            assertThat(notice.findElement(By.cssSelector("[data-testid=runtime-error-message]")).getText())
                .isEqualTo(ThrowingApp.MESSAGE);
            assertThat(notice.getText()).contains("version 1", "at components/Total:3:");
            assertThat(notice.findElement(By.cssSelector("[data-testid=runtime-error-stack]")).getAttribute("open"))
                .isNull();

            browser.driver().findElement(By.cssSelector("[data-testid=runtime-fix]")).click();
            assertThat(browser.text("[data-testid=runtime-fix-sent]")).contains("the fix is being built");
            browser.driver().findElement(By.cssSelector("[data-testid=runtime-auto-fix]")).click();

            // Version 2 throws the same error; fixing automatically sends it, and it is
            // refused.
            WebElement refused = browser.visible(By.cssSelector("[data-testid=runtime-fix-refused]"), WAIT);
            assertThat(refused.getText()).isEqualTo(RuntimeFixer.SAME_ERROR);
            assertThat(browser.text("[data-testid=runtime-error]")).contains("version 2");
            assertThat(browser.text("[data-testid=messages]")).contains("The app throws this error at run time:");
        }
        catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + browser.snapshot(), e);
        }

        assertThat(VENDOR.findAll(postRequestedFor(urlEqualTo(OPENAI)))).as("the first build and one fix").hasSize(2);
        JsonNode versions = api().get("/api/projects/" + run.id() + "/").json().path("versions");
        assertThat(versions).hasSize(2).allSatisfy(v -> {
            assertThat(v.path("ranClean").asBoolean(true)).isFalse();
            assertThat(v.path("runtimeError").asString()).isEqualTo(ThrowingApp.MESSAGE + " (components/Total:3)");
        });
    }

}
