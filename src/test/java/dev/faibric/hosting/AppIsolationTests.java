package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.RealAnswers;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Generated code is untrusted. An app that attacks the platform the moment it runs is
 * opened in headless Chromium every way an app can be reached (its own host, its
 * preview's, the platform's {@code /apps/} path for both, and the UI's preview frame),
 * and gets nothing: it cannot read or start projects through the API, open a project's
 * socket, or read the UI's storage or cookies.
 */
class AppIsolationTests extends ModelIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final List<String> ATTACKS = List.of("read", "relative", "write", "socket", "storage", "cookies");

    @Test
    void hostileCodeGetsNothingFromThePlatformHoweverItsAppIsReached() {
        answers(OPENAI, openAi(RealAnswers.hostile(), 50));
        Run run = generate("an innocent app");
        assertThat(run.types()).contains("deployed");
        String live = run.last("deployed").path("url").asString();
        String preview = run.events()
            .stream()
            .filter(e -> e.path("type").asString().equals("preview"))
            .reduce((first, second) -> second)
            .orElseThrow()
            .path("url")
            .asString();
        String previewName = URI.create(preview).getHost().split("\\.")[0];
        int projects = api().get("/api/projects").json().size();
        browser.open(baseUrl() + "/");
        ((JavascriptExecutor) browser.driver()).executeScript("localStorage.setItem('faibric-ui-secret', 's3cret')");

        Map<String, Map<String, String>> seen = new LinkedHashMap<>();
        seen.put("its own host", attacksFrom(live));
        seen.put("its preview's host", attacksFrom(preview));
        seen.put("the platform's path", attacksFrom(baseUrl() + "/apps/" + run.slug() + "/"));
        seen.put("the platform's path to its preview", attacksFrom(baseUrl() + "/apps/" + previewName + "/"));
        seen.put("the UI's preview frame", attacksInTheUi(run.id()));

        seen.forEach((way, results) -> {
            assertThat(results.get("read")).as(way).isEqualTo("blocked");
            assertThat(results.get("relative")).as(way).doesNotContain("slug").doesNotContain("\"id\"");
            assertThat(results.get("write")).as(way).isEqualTo("blocked");
            assertThat(results.get("socket")).as(way).isEqualTo("refused");
            assertThat(results.get("storage")).as(way).isIn("none", "denied");
            assertThat(results.get("cookies")).as(way).isIn("none", "denied");
        });
        assertThat(api().get("/api/projects").json().size()).as("no build was started").isEqualTo(projects);
    }

    private Map<String, String> attacksFrom(String url) {
        browser.open(url);
        return results(browser.driver());
    }

    private Map<String, String> attacksInTheUi(long id) {
        browser.open(baseUrl() + "/projects/" + id);
        WebElement frame = browser.visible(By.cssSelector("[data-testid=preview-frame]"), WAIT);
        browser.driver().switchTo().frame(frame);
        try {
            return results(browser.driver());
        }
        finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private static Map<String, String> results(WebDriver driver) {
        Browser.waiting(driver, WAIT)
            .until(d -> ATTACKS.stream()
                .allMatch(a -> !d.findElements(By.cssSelector("[data-testid=result-" + a + "]")).isEmpty()));
        Map<String, String> results = new LinkedHashMap<>();
        for (String attack : ATTACKS) {
            results.put(attack, driver.findElement(By.cssSelector("[data-testid=result-" + attack + "]")).getText());
        }
        return results;
    }

}
