package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.faibric.support.Browser;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.RealAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Whole answers as models write them, streamed in OpenAI's wire format, each followed to
 * the live URL and rendered in headless Chromium: what it shows, its computed styles, no
 * console error, and how many model calls it took. The idioms deploy with one call; an
 * app that cannot start is repaired once or never goes live.
 */
class RealAnswersTests extends ModelIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    void openLive(Run run) {
        browser.openApp(run.last("deployed").path("url").asString());
    }

    static Stream<Arguments> idioms() {
        return Stream.of(
                arguments("App.tsx imports ./App.css", RealAnswers.cssImport(),
                        Map.of("[data-testid=app-title]", "Focus Timer", "[data-testid=display]", "25:00"),
                        Map.of("[data-testid=app-title]|color", "rgba(190, 18, 60, 1)",
                                "[data-testid=display]|font-size", "64px")),
                arguments("three stylesheets, one via ../, applied in import order",
                        RealAnswers.stylesheetsInImportOrder(), Map.of("[data-testid=badge]", "2"),
                        Map.of("[data-testid=badge]|background-color", "rgba(79, 70, 229, 1)",
                                "[data-testid=card]|border-top-left-radius", "12px")),
                arguments("a CSS module, kebab-case classes read in camelCase", RealAnswers.cssModule(),
                        Map.of("[data-testid=stat] h2", "REVENUE"),
                        Map.of("[data-testid=stat]|padding-top", "20px", "[data-testid=stat] h2|color",
                                "rgba(5, 150, 105, 1)", "[data-testid=stat] p|font-size", "32px")),
                arguments("recipes imported from a JSON file", RealAnswers.jsonData(),
                        Map.of("[data-testid=count]", "3 recipes under 30 minutes", "[data-testid=recipe] h2",
                                "Lemon Garlic Pasta"),
                        Map.of()),
                arguments("a Vite project: scaffolding, src/, main.tsx with index.css", RealAnswers.viteProject(),
                        Map.of("[data-testid=todo]", "Buy oat milk"),
                        Map.of("body|background-color", "rgba(241, 245, 249, 1)", ".todo-item.done span|color",
                                "rgba(148, 163, 184, 1)")),
                arguments("main.tsx beside App.tsx, importing index.css", RealAnswers.mainBesideApp(),
                        Map.of("[data-testid=menu-item]", "Flat white — $3.60"),
                        Map.of("[data-testid=app-title]|font-size", "40px", "[data-testid=app-title]|color",
                                "rgba(120, 53, 15, 1)")),
                arguments("Create React App: public/index.html, src/index.js, JSX in App.js",
                        RealAnswers.createReactApp(), Map.of("[data-testid=words]", "9 words, 43 characters"),
                        Map.of("[data-testid=app-title]|color", "rgba(37, 99, 235, 1)")),
                arguments("an App.jsx root with .jsx components", RealAnswers.jsxRoot(),
                        Map.of("[data-testid=total]", "Total: 8"), Map.of()),
                arguments("a named App export and no default", RealAnswers.namedExport(),
                        Map.of("[data-testid=row]", "Miles: 6.21"), Map.of()),
                arguments("process.env.REACT_APP_* and NODE_ENV", RealAnswers.processEnv(),
                        Map.of("[data-testid=env]", "Data from api.open-meteo.com (production)"), Map.of()),
                arguments("import.meta.env.MODE, DEV and VITE_*", RealAnswers.importMetaEnv(),
                        Map.of("[data-testid=app-title]", "Habit Tracker", "[data-testid=mode]", "Mode: production"),
                        Map.of()),
                arguments("an App.ts root built with createElement", RealAnswers.tsRoot(),
                        Map.of("[data-testid=picked]", "Picked #10b981"),
                        Map.of("[data-testid=app-title]|color", "rgba(16, 185, 129, 1)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idioms")
    void deploysWithOneCallAndRendersAsWritten(String idiom, String answer, Map<String, String> texts,
            Map<String, String> styles) {
        answers(OPENAI, openAi(answer, 150));

        Run run = generate(idiom);

        assertThat(run.types()).contains("deployed").doesNotContain("error", "validation");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(1);
        openLive(run);
        texts.forEach((css, text) -> assertThat(browser.text(css)).as(css).isEqualTo(text));
        styles.forEach((target, value) -> {
            String[] parts = target.split("\\|");
            assertThat(browser.style(parts[0], parts[1])).as(target).isEqualTo(value);
        });
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void anAppThatThrowsWhileRenderingIsRepairedOnceBeforeItGoesLive() {
        answers(OPENAI, openAi(RealAnswers.renderThrows(), 150), openAi(RealAnswers.renderThrowsRepaired(), 100));

        Run run = generate("a budget planner");

        JsonNode validation = run.last("validation");
        assertThat(validation.path("repairing").asBoolean()).isTrue();
        assertThat(validation.path("errors").get(0).asString())
            .startsWith("the app failed to start while rendering its first screen: TypeError")
            .contains("month")
            .endsWith("(in components/Summary.tsx)");
        assertThat(run.types()).containsOnlyOnce("deployed");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(2);
        openLive(run);
        assertThat(browser.text("[data-testid=total]")).isEqualTo("Spent this month: $1520.00");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void anAppThatStillThrowsAfterItsRepairIsNeverLive() {
        answers(OPENAI, openAi(RealAnswers.renderThrows(), 150), openAi(RealAnswers.repairThatStillThrows(), 100));

        Run run = generate("a budget planner");

        assertThat(run.types()).doesNotContain("deployed");
        assertThat(run.last("error").path("content").asString())
            .startsWith("The generated app did not pass validation, so it was not deployed: "
                    + "the app failed to start while rendering its first screen: TypeError")
            .doesNotContain("previous version");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
        assertThat(api().get("/api/projects/" + run.id() + "/").json().path("currentVersion").isNull()).isTrue();
        assertThat(api().getWithHost("/", run.slug() + ".apps.localhost:" + port).status()).isEqualTo(404);
        // The preview showed the same failure as soon as the app was written.
        browser.open(run.last("preview").path("url").asString());
        assertThat(browser.text("[role=alert]")).startsWith("This app failed to start: ").contains("month");
    }

    @Test
    void aChangeThatThrowsWhileRenderingLeavesThePreviousVersionServing() {
        String breaking = """
                I'll show hours as well.
                <edit path="components/TimerDisplay.tsx">
                <<<<<<< SEARCH
                export default function TimerDisplay({ seconds }: { seconds: number }) {
                =======
                export default function TimerDisplay({ seconds, format }: { seconds: number; format?: { hours: boolean } }) {
                  const h = format!.hours ? String(Math.floor(seconds / 3600)) + ':' : '';
                >>>>>>> REPLACE
                <<<<<<< SEARCH
                  return <p className="display" data-testid="display">{m}:{s}</p>;
                =======
                  return <p className="display" data-testid="display">{h}{m}:{s}</p>;
                >>>>>>> REPLACE
                </edit>
                <summary>Shows hours too.</summary>
                """;
        String notAFix = """
                <edit path="App.tsx">
                <<<<<<< SEARCH
                      <h1 className="title" data-testid="app-title">Focus Timer</h1>
                =======
                      <h1 className="title" data-testid="app-title">Focus Timer (hours)</h1>
                >>>>>>> REPLACE
                </edit>
                <summary>Renamed the title.</summary>
                """;
        answers(OPENAI, openAi(RealAnswers.cssImport(), 150), openAi(breaking, 100), openAi(notAFix, 100));
        Run run = generate("a focus timer");

        Run changed = change(run, "show hours too");

        assertThat(changed.types()).doesNotContain("deployed");
        assertThat(changed.last("error").path("content").asString())
            .contains("The change did not pass validation, so it was not deployed: the app failed to start")
            .contains("hours")
            .contains("(in components/TimerDisplay.tsx)")
            .endsWith("The previous version stays live.");
        VENDOR.verify(3, postRequestedFor(urlEqualTo(OPENAI)));
        openLive(run);
        assertThat(browser.text("[data-testid=app-title]")).isEqualTo("Focus Timer");
        assertThat(browser.text("[data-testid=display]")).isEqualTo("25:00");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void aModuleTheAnswerForgotIsWrittenByTheRepair() {
        answers(OPENAI, openAi(RealAnswers.missingModule(), 150), openAi(RealAnswers.missingModuleRepaired(), 100));

        Run run = generate("a fitness log");

        assertThat(run.last("validation").path("errors").toString()).contains("components/StepsChart");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(2);
        openLive(run);
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=bar]"))).hasSize(5);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void anEndlessRenderLoopIsCaughtBeforeItGoesLiveAndRepaired() {
        answers(OPENAI, openAi(RealAnswers.renderLoop(), 150), openAi(RealAnswers.renderLoopRepaired(), 100));

        Run run = generate("a tally counter");

        assertThat(run.last("validation").path("errors").get(0).asString())
            .contains("Too many re-renders. React limits the number of renders to prevent an infinite loop.");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
        assertThat(aiCalls(run.id(), 1)).isEqualTo(2);
        openLive(run);
        assertThat(browser.text("[data-testid=count]")).isEqualTo("0");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theOwnersPublicVariablesReachTheNextVersion() {
        String edit = """
                <edit path="App.tsx">
                <<<<<<< SEARCH
                      <p data-testid="mode">Mode: {import.meta.env.MODE}</p>
                =======
                      <p data-testid="mode">Mode: {import.meta.env.MODE}, API {import.meta.env.VITE_API_URL}</p>
                >>>>>>> REPLACE
                </edit>
                <summary>Shows the API it talks to.</summary>
                """;
        answers(OPENAI, openAi(RealAnswers.importMetaEnv(), 150), openAi(edit, 100));
        Run run = generate("a habit tracker");
        assertThat(api().put("/api/projects/" + run.id() + "/environment",
                "{\"variables\": {\"VITE_APP_TITLE\": \"Morning Habits\", \"VITE_API_URL\": \"https://habits.example\"}}")
            .status()).isEqualTo(200);

        Run changed = change(run, "show the API it talks to");

        assertThat(changed.last("deployed").path("version").asInt()).isEqualTo(2);
        openLive(changed);
        assertThat(browser.text("[data-testid=app-title]")).isEqualTo("Morning Habits");
        assertThat(browser.text("[data-testid=mode]")).isEqualTo("Mode: production, API https://habits.example");
        assertThat(browser.consoleProblems()).isEmpty();
    }

}
