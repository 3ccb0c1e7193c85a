package dev.faibric.benchmark;

import dev.faibric.support.AnswerCorpusTest;
import dev.faibric.support.Browser;
import dev.faibric.support.ModelAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole corpus of model answers ({@code src/test/resources/model-answers/}), every
 * answer streamed in OpenAI's format at once (no pacing: the time is the platform's, from
 * the request to {@code deployed}, not a model's), played twice: the first round warms
 * the start check and the JIT up, the second is measured. Prints the first-pass
 * validation rate, the rate after one repair, the clean renders in Chromium, the model
 * calls, and the time to {@code deployed} (p50, p95, max) for all answers and for those
 * without and with a repair call. Asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=ModelAnswersBenchmark} (after one
 * full build).
 */
@Tag("benchmark")
class ModelAnswersBenchmark extends AnswerCorpusTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void ratesAndTimesOfTheCorpus() {
        List<ModelAnswer> corpus = ModelAnswer.corpus()
            .stream()
            .map(a -> new ModelAnswer(a.name(), a.style(), "openai", a.prompt(), a.expect(), a.mistake(), a.fix(),
                    a.answer(), a.repair()))
            .toList();
        corpus.forEach(answer -> play(answer, browser, 0));
        List<Outcome> outcomes = new ArrayList<>();
        corpus.forEach(answer -> outcomes.add(play(answer, browser, 0)));

        System.out.println(report(outcomes));
        System.out.printf(Locale.ROOT, "%s, %d cores; time from the request to `deployed`, second round:%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        times("all answers", outcomes);
        times("first pass", outcomes.stream().filter(Outcome::firstPass).toList());
        times("after a repair", outcomes.stream().filter(o -> o.deployed() && !o.firstPass()).toList());
    }

    private static void times(String label, List<Outcome> outcomes) {
        double[] ms = outcomes.stream().filter(Outcome::deployed).mapToDouble(Outcome::millis).sorted().toArray();
        if (ms.length == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-16s %3d answers  p50 %7.0f ms  p95 %7.0f ms  max %7.0f ms  mean %7.0f ms%n",
                label, ms.length, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1],
                Arrays.stream(ms).average().orElse(0));
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

}
