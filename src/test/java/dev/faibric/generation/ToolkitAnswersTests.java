package dev.faibric.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.ToolkitAnswers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An app written with the toolkit models were trained on (Tailwind classes, lucide-react,
 * recharts, clsx, date-fns) deploys with one model call and looks the same in its preview
 * and live; a library outside the toolkit is named with its alternative for the repair.
 */
class ToolkitAnswersTests extends ModelIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /**
     * The element's computed background as the browser gives it, and as sRGB (Tailwind 4
     * writes its palette in oklch): a canvas painted with it says which sRGB it is.
     */
    private static final String BACKGROUND = """
            const style = getComputedStyle(document.querySelector(arguments[0])).backgroundColor;
            const context = document.createElement('canvas').getContext('2d');
            context.fillStyle = style;
            context.fillRect(0, 0, 1, 1);
            const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
            return style === 'rgba(0, 0, 0, 0)' ? null : 'rgb(' + r + ', ' + g + ', ' + b + ')';
            """;

    @Test
    void anAppWrittenWithTheToolkitDeploysWithOneCallAndLooksTheSameInPreviewAndLive() {
        answers(OPENAI, openAi(ToolkitAnswers.salesDashboard(), 150));

        Run run = generate("a sales dashboard with a revenue chart");

        assertThat(run.types()).contains("deployed").doesNotContain("error", "validation");
        VENDOR.verify(1, postRequestedFor(urlEqualTo(OPENAI)));
        Map<String, List<Object>> looks = new LinkedHashMap<>();
        for (String page : List.of("preview", "deployed")) {
            browser.openApp(run.last(page).path("url").asString());
            Object selected = Browser.waiting(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> browser.driver().executeScript(BACKGROUND, "[data-testid=range-7]"));
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid=chart] .recharts-bar-rectangle")))
                .as(page + ": one bar a day")
                .hasSize(7);
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid=icon]")).getTagName())
                .isEqualTo("svg");
            assertThat(browser.text("[data-testid=since]")).isEqualTo("Since Mar 7, 2026");
            looks.put(page,
                    List.of(selected, browser.style("[data-testid=range-30]", "background-color"),
                            browser.style("[data-testid=app-title]", "font-size"),
                            browser.style("[data-testid=chart]", "border-top-left-radius")));
            assertThat(browser.consoleProblems()).as(page).isEmpty();
        }
        // bg-blue-600, white, text-2xl and rounded-xl as Tailwind 4 defines them.
        assertThat(looks.get("deployed")).containsExactly("rgb(21, 93, 252)", "rgba(255, 255, 255, 1)", "24px", "12px");
        assertThat(looks.get("preview")).isEqualTo(looks.get("deployed"));
    }

    @Test
    void anImportOfAxiosIsRepairedWithFetchAsTheValidatorSays() {
        answers(OPENAI, openAi(ToolkitAnswers.withAxios(), 100), openAi(ToolkitAnswers.withAxiosRepaired(), 100));

        Run run = generate("today's euro rate");

        assertThat(run.last("validation").path("errors").get(0).asString())
            .isEqualTo("App.tsx: import 'axios' is not available: use fetch");
        assertThat(run.types()).containsOnlyOnce("deployed");
        VENDOR.verify(2, postRequestedFor(urlEqualTo(OPENAI)));
    }

}
