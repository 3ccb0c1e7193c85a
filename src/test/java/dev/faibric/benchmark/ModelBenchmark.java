package dev.faibric.benchmark;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.faibric.support.ModelIntegrationTest;
import dev.faibric.support.SampleAnswers;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed's success metrics with a simulated model: an OpenAI-format stream that answers
 * after {@link #TTFT} and then writes {@link #TOKENS_PER_SECOND} tokens a second (4
 * characters a token). For a five-file app: time to first preview, full generation time,
 * quick-update time for a one-line change, and the platform's own overhead beyond the
 * model's time (build time minus time spent in the model call). Prints its figures;
 * asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=ModelBenchmark} (after one full
 * build).
 */
@Tag("benchmark")
class ModelBenchmark extends ModelIntegrationTest {

    static final Duration TTFT = Duration.ofMillis(500);
    static final int TOKENS_PER_SECOND = 100;
    static final int CHARS_PER_TOKEN = 4;
    static final int RUNS = Integer.getInteger("benchmark.runs", 10);

    static ResponseDefinitionBuilder simulated(String answer) {
        return simulated(OPENAI, answer, TTFT, TOKENS_PER_SECOND, CHARS_PER_TOKEN);
    }

    record Run(double firstPreview, double deployed, double overhead, double modelTime) {
    }

    @Test
    void successMetricsWithASimulatedModel() {
        String app = SampleAnswers.fiveFileApp();
        String edit = SampleAnswers.blueHeaderEdit();
        List<Run> generations = new ArrayList<>();
        List<Run> updates = new ArrayList<>();
        for (int i = 0; i < RUNS + 1; i++) {
            VENDOR.resetAll();
            answers(OPENAI, simulated(app), simulated(edit));
            long start = System.nanoTime();
            JsonNode created = api().generate("a tip calculator").json();
            long id = created.path("id").asLong();
            double firstPreview;
            double deployed;
            long lastSeq;
            try (SocketClient socket = socket(id, "")) {
                socket.await("preview", Duration.ofSeconds(60));
                firstPreview = ms(start);
                lastSeq = socket.await("deployed", Duration.ofSeconds(60)).path("seq").asLong();
                deployed = ms(start);
            }
            JsonNode v1 = cost(id, 1);
            long updateStart = System.nanoTime();
            double updated;
            try (SocketClient socket = socket(id, "?after=" + lastSeq)) {
                api().post("/api/v2/projects/" + id + "/modify/", "application/json",
                        "{\"request\": \"make the header blue\"}");
                socket.await("deployed", Duration.ofSeconds(60));
                updated = ms(updateStart);
            }
            JsonNode v2 = cost(id, 2);
            if (i == 0) {
                continue; // warm-up
            }
            generations.add(new Run(firstPreview, deployed, overhead(v1), v1.path("aiMillis").asDouble()));
            updates.add(new Run(0, updated, overhead(v2), v2.path("aiMillis").asDouble()));
        }
        int appTokens = (app.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
        int editTokens = (edit.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
        System.out.printf(Locale.ROOT,
                "%nSimulated model: first token after %d ms, then %d tokens/s (%d chars/token); %d runs after 1 warm-up; %s, %d cores%n",
                TTFT.toMillis(), TOKENS_PER_SECOND, CHARS_PER_TOKEN, RUNS, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT,
                "Five-file app: %d tokens (model time alone ~%d ms); one-line change: %d tokens (~%d ms)%n", appTokens,
                TTFT.toMillis() + 1000L * appTokens / TOKENS_PER_SECOND, editTokens,
                TTFT.toMillis() + 1000L * editTokens / TOKENS_PER_SECOND);
        print("time to first preview", generations.stream().mapToDouble(Run::firstPreview));
        print("full generation (deployed)", generations.stream().mapToDouble(Run::deployed));
        print("quick update (deployed)", updates.stream().mapToDouble(Run::deployed));
        print("model time, generation", generations.stream().mapToDouble(Run::modelTime));
        print("platform overhead, generation", generations.stream().mapToDouble(Run::overhead));
        print("platform overhead, update", updates.stream().mapToDouble(Run::overhead));
    }

    private JsonNode cost(long id, int version) {
        for (JsonNode v : api().get("/api/projects/" + id + "/").json().path("versions")) {
            if (v.path("number").asInt() == version) {
                return v.path("cost");
            }
        }
        throw new AssertionError("no version " + version);
    }

    /**
     * The build's own time beyond waiting for the model: parse, validate, store, deploy,
     * events.
     */
    private static double overhead(JsonNode cost) {
        return cost.path("durationMillis").asDouble() - cost.path("aiMillis").asDouble();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-32s p50 %7.0f ms   p90 %7.0f ms   max %7.0f ms%n", what,
                sorted[(int) Math.ceil(0.5 * sorted.length) - 1], sorted[(int) Math.ceil(0.9 * sorted.length) - 1],
                sorted[sorted.length - 1]);
    }

}
