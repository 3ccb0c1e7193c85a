package dev.faibric;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.Commands;
import dev.faibric.support.ExportDownload;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * A project's life in headless Chromium, as its owner sees it, with a model answering in
 * OpenAI's streaming format: the app is created from the home page and built in one card;
 * a change is a second card; version 1 opens at its own address; restoring it makes
 * version 3; that version downloads as a project npm builds; a change that throws at run
 * time shows "Fix it", whose fix is built while the page is reloaded and resumes where it
 * was; and the model is asked exactly once to fix it. Each step's screenshot is written
 * to {@code target/e2e-screenshots/} (never committed).
 */
class ProjectLifecycleEndToEndTests extends ModelIntegrationTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    /** A change that reads a total the app never saved, 1.5 s after it rendered. */
    private static final String THROWING_CHANGE = """
            I'll remember the group size.
            <edit path="App.tsx">
            <<<<<<< SEARCH
            import { useState } from 'react';
            =======
            import { useEffect, useState } from 'react';

            const saved: { group?: { size: number } } = {};
            >>>>>>> REPLACE
            <<<<<<< SEARCH
              const [people, setPeople] = useState(4);
            =======
              const [people, setPeople] = useState(4);
              useEffect(() => {
                const id = setTimeout(() => setPeople(saved.group!.size), 1500);
                return () => clearTimeout(id);
              }, []);
            >>>>>>> REPLACE
            </edit>
            <summary>Remembers the group size.</summary>
            """;

    private static final String FIX = """
            The group size was read before it was ever saved; it now falls back to four.
            <edit path="App.tsx">
            <<<<<<< SEARCH
                const id = setTimeout(() => setPeople(saved.group!.size), 1500);
            =======
                const id = setTimeout(() => setPeople(saved.group?.size ?? 4), 1500);
            >>>>>>> REPLACE
            </edit>
            <summary>Fixed reading the group size before it was saved.</summary>
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    private int shots;

    @Test
    void createChangeVisitRestoreExportFixAndResume(@TempDir Path temp) {
        answers(OPENAI, openAi(SampleAnswers.fiveFileApp(), 1500), openAi(SampleAnswers.blueHeaderEdit(), 200),
                openAi(THROWING_CHANGE, 200), openAi(FIX, 6000));
        try {
            long id = createdInOneCard();
            changedInASecondCard();
            versionOneAtItsOwnAddress(id);
            restoredVersionOne(id);
            exportBuilds(id, temp);
            theErrorIsFixedOnceAcrossAReload();
        }
        catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + browser.snapshot(), e);
        }
        assertThat(VENDOR.findAll(postRequestedFor(urlEqualTo(OPENAI))))
            .as("the app, two changes and one fix: never a second attempt")
            .hasSize(4);
    }

    private long createdInOneCard() {
        browser.open(baseUrl() + "/");
        browser.visible(By.cssSelector("[data-testid=prompt-input]"), WAIT).sendKeys("a tip calculator");
        browser.driver().findElement(By.cssSelector("[data-testid=prompt-submit]")).click();
        Browser.waiting(browser.driver(), WAIT).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+"));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/projects/(\\d+).*", "$1"));

        WebElement card = browser.visible(By.cssSelector("[data-testid=build-card]"), WAIT);
        screenshot("building");
        awaitCard(1, "deployed");
        assertThat(cards()).hasSize(1);
        assertThat(card.findElements(By.cssSelector("[data-testid=build-card-file]"))).hasSize(5)
            .allSatisfy(file -> assertThat(file.getDomAttribute("data-status")).isEqualTo("done"));
        assertThat(browser.text("[data-testid=messages]")).doesNotContain("wrote ").doesNotContain("Preview with");
        screenshot("created");
        return id;
    }

    private void changedInASecondCard() {
        chat("make the header blue");
        awaitCard(2, "deployed");
        assertThat(cards().get(1).getText()).contains("Version 2");
        screenshot("changed");
    }

    private void versionOneAtItsOwnAddress(long id) {
        browser.driver().findElement(By.cssSelector("[data-testid=versions-toggle]")).click();
        Browser.waiting(browser.driver(), WAIT)
            .ignoring(StaleElementReferenceException.class)
            .until(d -> d.findElements(By.cssSelector("[data-testid=version-row]")).size() == 2);
        screenshot("versions");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=preview-frame]")))
            .as("no frame left behind")
            .isEmpty();
        String project = browser.driver().getWindowHandle();
        String url = api().get("/api/projects/" + id + "/versions/1").json().path("url").asString();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        try {
            browser.open(url);
            browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT);
            assertThat(browser.style("[data-testid=app-title]", "color")).isEqualTo("rgba(15, 118, 110, 1)");
            screenshot("version-1");
        }
        finally {
            browser.driver().close();
            browser.driver().switchTo().window(project);
        }
    }

    private void restoredVersionOne(long id) {
        browser.driver()
            .findElement(By.cssSelector("[data-testid=version-row][data-version='1'] [data-testid=version-restore]"))
            .click();
        Browser.waiting(browser.driver(), WAIT)
            .until(d -> api().get("/api/projects/" + id).json().path("currentVersion").asInt() == 3);
        WebElement three = browser.visible(By.cssSelector("[data-testid=version-row][data-version='3']"), WAIT);
        assertThat(three.getText()).contains("restored from v1").contains("live");
        screenshot("restored");
    }

    private void exportBuilds(long id, Path temp) {
        ExportDownload export = ExportDownload.of(baseUrl(), id, 3, "");
        assertThat(export.status()).isEqualTo(200);
        Path project = temp.resolve(export.folder());
        try {
            export.unzipTo(project);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<String> step : List.of(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"),
                List.of("npm", "run", "build"))) {
            Commands.Result result = Commands.run(project, Duration.ofMinutes(5), step.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.output().toLowerCase()).as(result.toString())
                .doesNotContain("could not resolve")
                .doesNotContain("failed to resolve");
        }
        assertThat(project.resolve("dist/index.html")).exists();
    }

    private void theErrorIsFixedOnceAcrossAReload() {
        browser.driver().findElement(By.cssSelector("[data-testid=preview-toggle]")).click();
        chat("remember the group size");
        awaitCard(4, "deployed");
        WebElement notice = browser.visible(By.cssSelector("[data-testid=runtime-error]"), LONG);
        assertThat(notice.getText()).contains("reading 'size'");
        screenshot("runtime-error");

        browser.driver().findElement(By.cssSelector("[data-testid=runtime-fix]")).click();
        awaitCard(5, "running");
        screenshot("fixing");
        browser.driver().navigate().refresh();
        awaitCard(5, "running");
        screenshot("fixing-after-reload");
        awaitCard(5, "deployed");
        assertThat(cards().get(4).getText()).contains("Version 5");
        screenshot("fixed");
    }

    private void chat(String text) {
        WebElement input = browser.visible(By.cssSelector("[data-testid=chat-input]"), WAIT);
        Browser.waiting(browser.driver(), WAIT).until(d -> input.isEnabled());
        input.sendKeys(text);
        browser.driver().findElement(By.cssSelector("[data-testid=chat-send]")).click();
    }

    private List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("[data-testid=build-card]"));
    }

    /**
     * Waits until there are {@code count} build cards and the last one has this status.
     */
    private void awaitCard(int count, String status) {
        Browser.waiting(browser.driver(), LONG).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> cards = cards();
            return cards.size() == count && status.equals(cards.get(count - 1).getDomAttribute("data-status"));
        });
    }

    private void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve("%02d-%s.png".formatted(++this.shots, step)),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
