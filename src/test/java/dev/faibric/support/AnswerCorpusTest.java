package dev.faibric.support;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * Plays answers of the corpus ({@link ModelAnswer}) through the real pipeline: the answer
 * streamed in its vendor's wire format (and the repair answer, when the corpus has one,
 * as the next call), the build followed to {@code deployed} or {@code error}, the live
 * app opened in Chromium, its expected text looked for and its console read. Says what
 * happened, and what was wrong, without failing: the test decides.
 */
public abstract class AnswerCorpusTest extends ModelIntegrationTest {

    /**
     * What one answer came to: whether it deployed, whether without a repair call, the
     * model calls of its version, the time from the request to {@code deployed}, the
     * notes of the release, and everything that was not as the corpus says.
     */
    public record Outcome(ModelAnswer answer, boolean deployed, boolean firstPass, int calls, double millis,
            List<String> notes, List<String> failures) {
    }

    protected Outcome play(ModelAnswer answer, Browser browser, int streamMillis) {
        VENDOR.resetAll();
        String path = answer.streamsAsAnthropic() ? ANTHROPIC : OPENAI;
        ResponseDefinitionBuilder first = stream(answer, answer.answer(), streamMillis);
        if (answer.repair() == null) {
            answers(path, first);
        }
        else {
            answers(path, first, stream(answer, answer.repair(), streamMillis));
        }
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        Run run;
        try {
            run = build(answer.prompt());
        }
        catch (AssertionError e) {
            failures.add(e.getMessage());
            return new Outcome(answer, false, false, 0, (System.nanoTime() - start) / 1e6, List.of(), failures);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        boolean deployed = run.types().contains("deployed");
        boolean repaired = run.events()
            .stream()
            .anyMatch(e -> e.path("type").asString().equals("validation") && e.path("repairing").asBoolean());
        List<String> notes = deployed ? texts(run.last("complete").path("warnings")) : List.of();
        int calls = deployed ? aiCalls(run.id(), 1) : 0;
        if (!deployed) {
            failures.add("not deployed: " + run.events()
                .stream()
                .filter(e -> e.path("type").asString().matches("error|validation"))
                .map(e -> e.path("content").asString() + " " + e.path("errors"))
                .toList());
            return new Outcome(answer, false, false, 0, millis, notes, failures);
        }
        if (repaired != (answer.repair() != null)) {
            failures.add(repaired ? "needed a repair call the corpus did not expect: " + run.last("validation")
                    : "deployed without the repair call the corpus expects");
        }
        if (calls != (answer.repair() == null ? 1 : 2)) {
            failures.add(calls + " model calls");
        }
        if (answer.fixedByPipeline() && notes.isEmpty()) {
            failures.add("the pipeline's fix was not reported in the release's notes");
        }
        look(run.last("deployed").path("url").asString(), answer, browser, failures);
        System.out.printf(Locale.ROOT, "model answer %s: %s, %d call(s), %.0f ms%s%n", answer.name(),
                repaired ? "deployed after a repair" : "deployed", calls, millis,
                failures.isEmpty() ? "" : ", " + failures);
        return new Outcome(answer, true, !repaired, calls, millis, notes, failures);
    }

    /**
     * A first build followed to its end, with more time than {@link #generate} gives: the
     * first app that loads the toolkit (charts, icons) warms the start check up.
     */
    private Run build(String prompt) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.awaitAny(Duration.ofSeconds(90), "deployed", "error");
            return new Run(id, created.path("slug").asString(), List.copyOf(socket.received()));
        }
    }

    private static ResponseDefinitionBuilder stream(ModelAnswer answer, String text, int millis) {
        return answer.streamsAsAnthropic() ? anthropic(text, millis) : openAi(text, millis);
    }

    /**
     * Opens the live app, waits for its first expected text, then looks for the others
     * (case aside: CSS may upper-case them) and reads the console.
     */
    private static void look(String url, ModelAnswer answer, Browser browser, List<String> failures) {
        browser.consoleProblems();
        browser.open(url);
        String first = answer.expect().getFirst().toLowerCase(Locale.ROOT);
        try {
            Browser.waiting(browser.driver(), Duration.ofSeconds(15)).until(d -> bodyText(browser).contains(first));
        }
        catch (TimeoutException e) {
            failures.add("the page never showed '" + answer.expect().getFirst() + "': " + browser.snapshot());
            return;
        }
        String body = bodyText(browser);
        answer.expect()
            .stream()
            .filter(text -> !body.contains(text.toLowerCase(Locale.ROOT)))
            .forEach(text -> failures.add("the page does not show '" + text + "'"));
        List<String> console = browser.consoleProblems();
        if (!console.isEmpty()) {
            failures.add("console: " + console);
        }
    }

    private static String bodyText(Browser browser) {
        try {
            return browser.driver().findElement(By.tagName("body")).getText().toLowerCase(Locale.ROOT);
        }
        catch (RuntimeException e) {
            return "";
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    /** The rates and the table, as the test and the benchmark print them. */
    public static String report(List<Outcome> outcomes) {
        long firstPass = outcomes.stream().filter(Outcome::firstPass).count();
        long deployed = outcomes.stream().filter(Outcome::deployed).count();
        long clean = outcomes.stream().filter(o -> o.deployed() && o.failures().isEmpty()).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-34s %-44s %-18s %5s %6s %8s%n", "answer", "style", "mistake", "pass",
                "calls", "ms"));
        for (Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "%-34s %-44s %-18s %5s %6d %8.0f%s%n", o.answer().name(),
                    o.answer().style(), o.answer().mistakeKind(),
                    !o.deployed() ? "FAIL" : o.firstPass() ? "first" : "fixed", o.calls(), o.millis(),
                    o.failures().isEmpty() ? "" : "  <- " + o.failures()));
            o.notes().forEach(note -> out.append("      note: ").append(note).append('\n'));
        }
        int n = outcomes.size();
        out.append(String.format(Locale.ROOT,
                "%d answers: first-pass validation %d/%d (%.1f %%), after one repair %d/%d (%.1f %%), "
                        + "clean render in Chromium %d/%d (%.1f %%), model calls %d%n",
                n, firstPass, n, 100.0 * firstPass / n, deployed, n, 100.0 * deployed / n, clean, n, 100.0 * clean / n,
                outcomes.stream().mapToInt(Outcome::calls).sum()));
        return out.toString();
    }

}
