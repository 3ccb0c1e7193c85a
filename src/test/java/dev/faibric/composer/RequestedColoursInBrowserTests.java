package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Apps the offline composer makes from requests that name their colours, generated with
 * no AI key and opened in headless Chromium: the page's computed background is the
 * background asked for, and a button's the components' colour asked for, light and dark.
 */
class RequestedColoursInBrowserTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    Please implement a website for generating stock reports. Set the background color to lavender and the component color to navy. | rgb(230, 230, 250) | rgb(0, 0, 128)
                    Build a quiz game about capitals. Use ivory for the background and teal for components.                                      | rgb(255, 255, 240) | rgb(0, 128, 128)
                    a tip calculator with gold buttons on a #1e1e1e background                                                                   | rgb(30, 30, 30)    | rgb(255, 215, 0)
                    """)
    void theAppHasTheColoursAsked(String request, String background, String components) {
        JsonNode created = api().generate(request).json();
        String url;
        try (SocketClient socket = socket(created.path("id").asLong(), "")) {
            url = socket.await("deployed", Duration.ofSeconds(60)).path("url").asString();
        }
        browser.openApp(url);
        browser.visible(By.cssSelector("[data-testid=app-title]"), WAIT);
        new WebDriverWait(browser.driver(), WAIT).until(d -> background
            .equals(browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor")));
        @SuppressWarnings("unchecked")
        List<String> buttons = (List<String>) browser.driver()
            .executeScript("return [...document.querySelectorAll('button, a[href]')]"
                    + ".filter(b => b.offsetWidth > 0).map(b => getComputedStyle(b).backgroundColor)");
        assertThat(buttons).as("the buttons' backgrounds").contains(components);
    }

}
