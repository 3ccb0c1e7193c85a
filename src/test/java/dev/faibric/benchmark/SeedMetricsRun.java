package dev.faibric.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.faibric.benchmark.SeedMetricsTable.Profile;
import dev.faibric.benchmark.SeedPrompts.Case;
import dev.faibric.llm.LlmProviders;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One vendor's share of the seed metrics run: for each profile, its requests built
 * concurrently through the HTTP API, each followed on its own WebSocket to
 * {@code deployed}, checked, rated, and (for every other one) changed once. The model is
 * a WireMock server streaming whole answers in the vendor's exact format at the profile's
 * pace; each request is answered by what matches its text.
 */
abstract class SeedMetricsRun extends ModelIntegrationTest {

    static final int CHARS_PER_TOKEN = 4;

    static final Duration TIMEOUT = Duration.ofMinutes(4);

    static final int WARMUP = 4;

    private static final String[] CHANGES = { "Rename the app to '%s'", "Call it '%s' instead",
            "Change the title to '%s'", "Let's name it '%s'" };

    @Autowired
    LlmProviders providers;

    /**
     * The active vendor's stream endpoint on the simulated model: OPENAI or ANTHROPIC.
     */
    String vendor() {
        return providers.active().name().equals("anthropic") ? ANTHROPIC : OPENAI;
    }

    /** Whether this vendor answers a case: cases alternate in pairs between vendors. */
    boolean answers(Case c) {
        return (c.index() / 2 % 2 == 0) == vendor().equals(OPENAI);
    }

    /** Every other case is changed once, the four mixes of vendor and template alike. */
    static boolean changed(Case c) {
        int at = c.index() % 8;
        return at == 0 || at == 3 || at == 5 || at == 6;
    }

    @Test
    void seedMetrics() throws Exception {
        List<Case> cases = SeedPrompts.all(SeedMetricsBenchmark.PROMPTS).stream().filter(this::answers).toList();
        // Warm-up, not measured: the first builds of a fresh service load its compilers.
        run(cases.subList(0, Math.min(WARMUP, cases.size())), SeedMetricsBenchmark.ALL_PROFILES.getLast(), false);
        for (Profile profile : SeedMetricsBenchmark.profiles()) {
            run(cases, profile, true);
        }
    }

    private void run(List<Case> cases, Profile profile, boolean measured) throws Exception {
        VENDOR.resetAll();
        List<Callable<SeedSample>> work = new ArrayList<>();
        for (Case c : cases) {
            stub(c, profile);
            work.add(() -> measure(c, profile));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(SeedMetricsBenchmark.CONCURRENCY)) {
            for (Future<SeedSample> done : pool.invokeAll(work)) {
                if (measured) {
                    SeedMetricsBenchmark.SAMPLES.add(done.get());
                }
                else {
                    done.get().problems.forEach(p -> System.out.println("Warm-up (not measured): " + p));
                }
            }
        }
    }

    private void stub(Case c, Profile profile) {
        if (c.fromTemplate()) {
            String name = SeedPrompts.template(c.template()).path("name").asString();
            VENDOR.stubFor(post(urlEqualTo(vendor())).atPriority(3)
                .withRequestBody(containing(c.prompt()))
                .withRequestBody(containing("code library's '" + name + "' template"))
                .willReturn(simulated(c.answer(), profile)));
        }
        // A request the library has no template for gets a whole app.
        String whole = c.fromTemplate() ? SampleAnswers.fiveFileApp().replace("Tip Calculator", c.title()) : c.answer();
        VENDOR.stubFor(post(urlEqualTo(vendor())).atPriority(5)
            .withRequestBody(containing(c.prompt()))
            .willReturn(simulated(whole, profile)));
    }

    private ResponseDefinitionBuilder simulated(String answer, Profile profile) {
        return simulated(vendor(), answer, Duration.ofMillis(profile.firstTokenMillis()), profile.tokensPerSecond(),
                CHARS_PER_TOKEN);
    }

    private SeedSample measure(Case c, Profile profile) {
        SeedSample sample = new SeedSample(profile.name(), vendor(), c);
        try {
            long start = System.nanoTime();
            JsonNode created = api().generate(c.prompt()).json();
            long id = created.path("id").asLong();
            String slug = created.path("slug").asString();
            Build build;
            try (SocketClient socket = socket(id, "")) {
                build = follow(socket, start);
            }
            sample.generation(build.preview(), build.deployed(), build.deployed() - build.complete(), build.repaired());
            if (Double.isNaN(build.deployed())) {
                sample.problem("not deployed: " + build.error());
                rate(id, 1, 1, sample);
                return sample;
            }
            JsonNode project = api().get("/api/projects/" + id + "/").json();
            sample.built(cost(project, 1).path("aiCalls").asInt(), !project.path("reusedComponents").isEmpty());
            boolean live = api().getWithHost("/", slug + ".apps.localhost:" + port).status() == 200;
            boolean titled = project.path("files")
                .findValuesAsString("content")
                .stream()
                .anyMatch(content -> content.contains(c.title()));
            rate(id, 1, satisfaction(build.repaired(), live, titled), sample);
            if (changed(c)) {
                change(c, profile, id, slug, project, build.lastSeq(), sample);
            }
        }
        catch (RuntimeException | AssertionError e) {
            sample.problem(e.toString());
        }
        return sample;
    }

    /**
     * The proxy rating of a version: 5 when it went live without a repair, its live URL
     * answers and its code carries the title asked for; 2 off for a repair, 2 off for a
     * failed check; 1 when it did not go live.
     */
    static int satisfaction(boolean repaired, boolean live, boolean titled) {
        return Math.max(1, 5 - (repaired ? 2 : 0) - (live && titled ? 0 : 2));
    }

    private void change(Case c, Profile profile, long id, String slug, JsonNode project, long after,
            SeedSample sample) {
        String title = "My " + c.title();
        String request = String.format(CHANGES[c.index() % CHANGES.length], title);
        String[] edit = titleLine(project.path("files"), c.title());
        VENDOR.stubFor(post(urlEqualTo(vendor())).atPriority(1)
            .withRequestBody(containing(request))
            .willReturn(simulated(SeedPrompts.edit(edit[0], edit[1], edit[1].replace(c.title(), title),
                    "Renamed the app to " + title + "."), profile)));
        long start = System.nanoTime();
        Build build;
        try (SocketClient socket = socket(id, "?after=" + after)) {
            int status = api()
                .post("/api/v2/projects/" + id + "/modify/", "application/json", "{\"request\": \"" + request + "\"}")
                .status();
            if (status != 202) {
                throw new AssertionError("modify answered " + status);
            }
            build = follow(socket, start);
        }
        sample.update(build.deployed(), build.deployed() - build.complete());
        if (Double.isNaN(build.deployed())) {
            sample.problem("change not deployed: " + build.error());
            rate(id, 2, 1, sample);
            return;
        }
        JsonNode changed = api().get("/api/projects/" + id + "/").json();
        sample.updated(cost(changed, 2).path("aiCalls").asInt());
        boolean live = api().getWithHost("/", slug + ".apps.localhost:" + port).status() == 200;
        boolean titled = changed.path("files")
            .findValuesAsString("content")
            .stream()
            .anyMatch(content -> content.contains(title));
        rate(id, 2, satisfaction(build.repaired(), live, titled), sample);
    }

    /**
     * The file and line a one-line rename edits: the first line naming the title that
     * occurs once in its file, config.ts first, then code, then the rest.
     */
    static String[] titleLine(JsonNode files, String title) {
        List<JsonNode> ordered = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (JsonNode file : files) {
                String path = file.path("path").asString();
                int rank = path.equals("config.ts") ? 0 : path.matches(".*\\.(tsx|jsx|ts|js)$") ? 1 : 2;
                if (rank == pass) {
                    ordered.add(file);
                }
            }
        }
        for (JsonNode file : ordered) {
            String content = file.path("content").asString();
            for (String line : content.split("\n")) {
                if (line.contains(title) && content.indexOf(line) == content.lastIndexOf(line)) {
                    return new String[] { file.path("path").asString(), line };
                }
            }
        }
        throw new AssertionError("no line names '" + title + "'");
    }

    private void rate(long id, int version, int rating, SeedSample sample) {
        int status = api()
            .post("/api/projects/" + id + "/versions/" + version + "/feedback", "application/json",
                    "{\"rating\": " + rating + "}")
            .status();
        if (status != 200) {
            return; // a build that stored no version has nothing to rate
        }
        for (JsonNode v : api().get("/api/projects/" + id + "/").json().path("versions")) {
            if (v.path("number").asInt() == version && v.path("rating").isNumber()) {
                sample.rated(v.path("rating").asInt());
            }
        }
    }

    private static JsonNode cost(JsonNode project, int version) {
        for (JsonNode v : project.path("versions")) {
            if (v.path("number").asInt() == version) {
                return v.path("cost");
            }
        }
        throw new AssertionError("no version " + version);
    }

    /**
     * When a build's events arrived, in ms since {@code start} (NaN for none):
     * {@code preview}, {@code complete}, {@code deployed}; whether it needed a repair.
     */
    record Build(double preview, double complete, double deployed, boolean repaired, long lastSeq, String error) {
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static Build follow(SocketClient socket, long start) {
        double preview = Double.NaN;
        double complete = Double.NaN;
        while (true) {
            JsonNode event = socket.awaitAny(TIMEOUT, "preview", "complete", "deployed", "error");
            double at = (System.nanoTime() - start) / 1e6;
            String type = event.path("type").asString();
            switch (type) {
                case "preview" -> preview = Double.isNaN(preview) ? at : preview;
                case "complete" -> complete = at;
                case "deployed" -> {
                    boolean repaired = socket.types().contains("validation");
                    return new Build(Double.isNaN(preview) ? at : preview, complete, at, repaired,
                            event.path("seq").asLong(), "");
                }
                default -> {
                    boolean repaired = socket.types().contains("validation");
                    return new Build(preview, complete, Double.NaN, repaired, 0, abbreviate(event.toString()));
                }
            }
        }
    }

}
