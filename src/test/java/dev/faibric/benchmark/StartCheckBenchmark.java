package dev.faibric.benchmark;

import dev.faibric.project.SourceFile;
import dev.faibric.startcheck.StartCheck;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SampleAnswers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the start check costs each deploy: the five-file tip calculator of
 * {@link SampleAnswers} started on the server, timed from the call to its answer (its
 * modules transpiled and loaded, the first screen rendered, its first second of timers
 * run). Builds come seconds apart, so the sandbox prepared after each check is normally
 * ready for the next ("paced"); back to back, checks may have to set one up themselves.
 * Prints its figures; asserts only that the app starts. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=StartCheckBenchmark} (after one
 * full build).
 */
@Tag("benchmark")
class StartCheckBenchmark extends IntegrationTest {

    static final List<SourceFile> FIVE_FILES = List.of(new SourceFile("App.tsx", SampleAnswers.APP),
            new SourceFile("components/Header.tsx", SampleAnswers.HEADER),
            new SourceFile("components/BillForm.tsx", SampleAnswers.FORM),
            new SourceFile("components/Summary.tsx", SampleAnswers.SUMMARY),
            new SourceFile("components/Footer.tsx", SampleAnswers.FOOTER));

    static final int WARMUP = 30;

    static final int RUNS = Integer.getInteger("benchmark.runs", 200);

    @Autowired
    StartCheck startCheck;

    @Test
    void startCheckCostPerDeploy() throws InterruptedException {
        double first = time();
        for (int i = 0; i < WARMUP; i++) {
            time();
            Thread.sleep(100);
        }
        double[] paced = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Thread.sleep(250);
            paced[i] = time();
        }
        double[] backToBack = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            backToBack[i] = time();
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT,
                "%nStart check of a five-file app (%d runs after %d warm-up, %s, %d cores, heap in use %d MB)%n", RUNS,
                WARMUP, Runtime.version(), runtime.availableProcessors(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        System.out.printf(Locale.ROOT, "  first check after start-up      %7.1f ms%n", first);
        print("paced (250 ms apart)", paced);
        print("back to back", backToBack);
    }

    private double time() {
        long start = System.nanoTime();
        Optional<String> problem = startCheck.problem(FIVE_FILES);
        double millis = (System.nanoTime() - start) / 1e6;
        if (problem.isPresent()) {
            throw new AssertionError("the five-file app did not start: " + problem.get());
        }
        return millis;
    }

    private static void print(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-30s p50 %6.1f ms   p90 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
