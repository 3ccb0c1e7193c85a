package dev.faibric.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Accessibility checks on the page a {@link Browser} shows: axe-core's rules (the copy
 * the axe-core Selenium library carries, so nothing is fetched), whether the page scrolls
 * sideways, and how big its controls are to touch. Frames are left out: the preview frame
 * holds a generated app, not Faibric's own page.
 */
public final class Accessibility {

    /** The impacts that fail a check; moderate and minor ones are printed only. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** The smallest a control may be to touch, in CSS pixels. */
    public static final int TOUCH_TARGET = 40;

    private Accessibility() {
    }

    /**
     * Runs axe-core on the page and fails, naming each rule, its impact, its help and the
     * elements it found, when any violation is serious or critical.
     */
    public static void assertNoSeriousViolations(Browser browser, String pageName) {
        Results results = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError(pageName + ": axe-core failed: " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        List<Rule> other = results.getViolations().stream().filter(r -> !BLOCKING.contains(r.getImpact())).toList();
        if (!other.isEmpty()) {
            System.out.println(report(pageName + ": minor accessibility findings", other));
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError(report(pageName + ": serious accessibility violations", blocking));
        }
    }

    /** Fails when the document is wider than the window, so the page scrolls sideways. */
    public static void assertNoHorizontalOverflow(Browser browser, String pageName) {
        Object widths = browser.driver()
            .executeScript("const s = document.scrollingElement; const wide = [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.checkVisibility())"
                    + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className)"
                    + ".trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right));"
                    + " return [s.scrollWidth, innerWidth, wide.join(', ')];");
        List<?> facts = (List<?>) widths;
        assertThat(((Number) facts.get(0)).longValue())
            .as("%s scrolls sideways at %spx; wider than the window: %s", pageName, facts.get(1), facts.get(2))
            .isLessThanOrEqualTo(((Number) facts.get(1)).longValue());
    }

    /**
     * Fails when a visible button, tab or form field the {@code css} selector finds is
     * smaller than {@link #TOUCH_TARGET} pixels either way.
     */
    public static void assertTouchTargets(Browser browser, String pageName, String css) {
        List<String> small = browser.driver()
            .findElements(By.cssSelector(css))
            .stream()
            .filter(WebElement::isDisplayed)
            .filter(e -> e.getSize().getHeight() < TOUCH_TARGET || e.getSize().getWidth() < TOUCH_TARGET)
            .map(e -> describe(e) + " " + e.getSize().getWidth() + "x" + e.getSize().getHeight())
            .toList();
        assertThat(small).as("%s: controls smaller than %spx to touch", pageName, TOUCH_TARGET).isEmpty();
    }

    /** The computed outline of the focused element, as the browser gives it. */
    public static String focusOutline(Browser browser) {
        return (String) browser.driver()
            .executeScript("const s = getComputedStyle(document.activeElement);"
                    + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;");
    }

    private static String describe(WebElement element) {
        String text = element.getText().strip();
        String label = element.getAttribute("aria-label");
        return element.getTagName() + "[" + (label != null ? label : text) + "]";
    }

    private static String report(String heading, List<Rule> rules) {
        StringBuilder out = new StringBuilder(heading).append(":\n");
        for (Rule rule : rules) {
            out.append("- ")
                .append(rule.getId())
                .append(" (")
                .append(rule.getImpact())
                .append("): ")
                .append(rule.getHelp())
                .append(" ")
                .append(rule.getHelpUrl())
                .append('\n');
            for (CheckedNode node : rule.getNodes()) {
                out.append("    ").append(node.getTarget()).append(" ").append(node.getHtml()).append('\n');
                if (node.getFailureSummary() != null) {
                    out.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        return out.toString();
    }

}
