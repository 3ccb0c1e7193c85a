package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The labelled requests of {@code composer/requests.tsv} (over a hundred, written the way
 * people write them; a third of them here, all in {@link RequestCorpusBenchmark}) through
 * the real API and socket with the offline composer, each app opened in one shared
 * Chromium: the page background is exactly the colour asked for, the primary buttons are
 * the component colour, the title names the subject, the app fits the request (a template
 * its labels accept, or a composed app with the features it lists), and it renders
 * without a console error. Prints the rates and every miss.
 */
class RequestCorpusTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    /** Generations in flight at once. */
    static final int BATCH = 6;

    @RegisterExtension
    static final Browser browser = new Browser();

    /** What one generated app showed. */
    record Seen(LabelledRequests request, String template, String appCode, String chat, String title, String body,
            String root, List<String> buttons, List<String> console, String failure) {
    }

    /**
     * The requests checked: every third of the corpus, so that each kind of request is in
     * and CI stays quick; {@link RequestCorpusBenchmark} checks them all.
     */
    List<LabelledRequests> requests() {
        List<LabelledRequests> all = LabelledRequests.all();
        return java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 3 == 0).mapToObj(all::get).toList();
    }

    @Test
    void everyRequestGetsAnAppThatFitsItInItsColours() {
        long started = System.nanoTime();
        List<LabelledRequests> requests = requests();
        List<Seen> seen = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += BATCH) {
            seen.addAll(batch(requests.subList(from, Math.min(requests.size(), from + BATCH))));
        }
        Rates rates = new Rates(seen);
        System.out.println(rates.report() + "\n" + requests.size() + " requests in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s (starting builds "
                + Duration.ofNanos(startingTime).toSeconds() + " s, waiting for them "
                + Duration.ofNanos(generatingTime).toSeconds() + " s, in the browser "
                + Duration.ofNanos(browsingTime).toSeconds() + " s)");
        assertThat(rates.rendered()).as("renders with no console error").isEqualTo(1.0);
        assertThat(rates.background()).as("page background").isEqualTo(1.0);
        assertThat(rates.components()).as("component colour").isGreaterThanOrEqualTo(0.95);
        assertThat(rates.titles()).as("title names the subject").isEqualTo(1.0);
        assertThat(rates.fits()).as("app fits the request").isGreaterThanOrEqualTo(0.8);
    }

    private List<Seen> batch(List<LabelledRequests> batch) {
        List<long[]> ids = new ArrayList<>();
        List<SocketClient> sockets = new ArrayList<>();
        long starting = System.nanoTime();
        for (LabelledRequests r : batch) {
            long id = api().generate(r.request()).json().path("id").asLong();
            ids.add(new long[] { id });
            sockets.add(socket(id, ""));
        }
        startingTime += System.nanoTime() - starting;
        List<Seen> seen = new ArrayList<>();
        long generating = System.nanoTime();
        List<String> urls = new ArrayList<>();
        List<String> chats = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try (SocketClient socket = sockets.get(i)) {
                JsonNode end = socket.awaitAny(WAIT, "deployed", "error");
                chats.add(String.join("\n", socket.received().stream().map(JsonNode::toString).toList()));
                boolean deployed = "deployed".equals(end.path("type").asString());
                urls.add(deployed ? end.path("url").asString() : null);
                failures.add(deployed ? null : "not deployed: " + end);
            }
        }
        generatingTime += System.nanoTime() - generating;
        long browsing = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            seen.add(failures.get(i) != null
                    ? new Seen(batch.get(i), null, "", chats.get(i), "", "", "", List.of(), List.of(), failures.get(i))
                    : look(batch.get(i), ids.get(i)[0], urls.get(i), chats.get(i)));
        }
        browsingTime += System.nanoTime() - browsing;
        // Deleted once looked at: an app with server code runs in a container, which
        // outlives this test's server unless its project is deleted.
        for (long[] id : ids) {
            api().delete("/api/projects/" + id[0]);
        }
        return seen;
    }

    private long startingTime;

    private long generatingTime;

    private long browsingTime;

    @SuppressWarnings("unchecked")
    private Seen look(LabelledRequests r, long id, String url, String chat) {
        JsonNode project = api().get("/api/projects/" + id).json();
        String template = project.path("reusedComponents").isEmpty() ? null
                : project.path("reusedComponents").get(0).asString();
        String appCode = "";
        for (JsonNode file : api().get("/api/projects/" + id + "/versions/1").json().path("files")) {
            if (file.path("path").asString().matches("(src/)?App\\.tsx")) {
                appCode = file.path("content").asString();
            }
        }
        try {
            browser.openApp(url);
            Map<String, Object> page = (Map<String, Object>) browser.driver().executeScript("""
                    const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
                    const root = document.querySelector('#root > *');
                    const buttons = [...document.querySelectorAll('button, a, input[type=submit], [role=button]')]
                      .filter(shown).map((b) => getComputedStyle(b).backgroundColor);
                    return { title: document.querySelector('[data-testid=app-title]').textContent,
                      body: getComputedStyle(document.body).backgroundColor,
                      root: root ? getComputedStyle(root).backgroundColor : '', buttons };
                    """);
            return new Seen(r, template, appCode, chat, (String) page.get("title"), (String) page.get("body"),
                    (String) page.get("root"), (List<String>) page.get("buttons"), browser.consoleProblems(), null);
        }
        catch (RuntimeException e) {
            return new Seen(r, template, appCode, chat, "", "", "", List.of(), List.of(),
                    "did not render: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The rates over what the apps showed, and what each miss was. */
    static final class Rates {

        private final List<Seen> seen;

        private final StringBuilder misses = new StringBuilder();

        private int rendered;

        private int background;

        private int components;

        private int titles;

        private int fits;

        Rates(List<Seen> seen) {
            this.seen = seen;
            for (Seen s : seen) {
                check(s);
            }
        }

        private void check(Seen s) {
            String request = s.request().request();
            if (s.failure() == null && s.console().isEmpty()) {
                rendered++;
            }
            else {
                miss("render", request, s.failure() != null ? s.failure() : String.valueOf(s.console()));
            }
            String bg = rgb(s.request().background());
            if (bg.equals(s.body()) && (s.root().equals(bg) || s.root().equals("rgba(0, 0, 0, 0)"))) {
                background++;
            }
            else {
                miss("background", request, "wanted " + bg + ", body " + s.body() + ", root " + s.root());
            }
            String fg = rgb(s.request().components());
            if (s.buttons().contains(fg)) {
                components++;
            }
            else {
                miss("components", request, "wanted " + fg + ", buttons " + s.buttons().stream().distinct().toList());
            }
            String title = words(s.title());
            if (s.request()
                .titleWords()
                .stream()
                .allMatch(w -> title.contains(" " + words(w).strip().replaceFirst("s$", "")))) {
                titles++;
            }
            else {
                miss("title", request, "wanted " + s.request().titleWords() + ", got \"" + s.title() + "\"");
            }
            if (fits(s)) {
                fits++;
            }
            else {
                miss("fit", request,
                        "got " + (s.template() == null ? "a composed app" : s.template()) + ", wanted "
                                + s.request().templates()
                                + (s.request().composedFits() ? " or composed with " + s.request().features() : "")
                                + (s.template() == null ? "; the chat says no template fits: "
                                        + s.chat().toLowerCase(Locale.ROOT).contains("no built-in template fits")
                                        + ", App.tsx read: " + !s.appCode().isEmpty() : ""));
            }
        }

        /**
         * A template the labels accept, or a composed app (which the chat says it is)
         * with the sections for every feature the labels list.
         */
        private static boolean fits(Seen s) {
            if (s.template() != null) {
                return s.request().accepts(s.template());
            }
            if (!s.request().composedFits()
                    || !s.chat().toLowerCase(Locale.ROOT).contains("no built-in template fits")) {
                return false;
            }
            Map<String, String> markers = Map.of("search", "search={true}", "filters", "filters={true}", "sorting",
                    "sorting={true}", "form", "<ItemForm", "comments", "<Comments", "cart", "<Cart", "ratings",
                    "onRate=", "charts", "<Charts", "calendar", "<Upcoming");
            return s.request().features().stream().allMatch(f -> s.appCode().contains(markers.get(f)));
        }

        private void miss(String what, String request, String detail) {
            misses.append(what).append(": ").append(request).append("\n    ").append(detail).append('\n');
        }

        double rendered() {
            return (double) rendered / seen.size();
        }

        double background() {
            return (double) background / seen.size();
        }

        double components() {
            return (double) components / seen.size();
        }

        double titles() {
            return (double) titles / seen.size();
        }

        double fits() {
            return (double) fits / seen.size();
        }

        String report() {
            return String.format(Locale.ROOT,
                    "Request corpus (%d): background %.1f %%, component colour %.1f %%, title %.1f %%, fit %.1f %%, "
                            + "renders without console errors %.1f %%%n%s",
                    seen.size(), 100 * background(), 100 * components(), 100 * titles(), 100 * fits(), 100 * rendered(),
                    misses);
        }

        private static String rgb(String hex) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return "rgb(" + (v >> 16 & 0xff) + ", " + (v >> 8 & 0xff) + ", " + (v & 0xff) + ")";
        }

        private static String words(String text) {
            return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        }

    }

}
