package dev.faibric.benchmark;

import dev.faibric.startcheck.StartCheck;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Offline generation, request to {@code deployed}: POST a prompt, follow the project
 * socket, and time the first file, the {@code complete} result and the {@code deployed}
 * event, over the six app types. Prints its figures; asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=GenerationBenchmark} (after one
 * full build); add {@code -Dfaibric.start-check.enabled=false} for the figures without
 * the start check.
 */
@Tag("benchmark")
class GenerationBenchmark extends IntegrationTest {

    static final List<String> PROMPTS = List.of("a tip calculator", "a landing page for my bakery",
            "a kanban board that remembers my tasks", "a sales dashboard with monthly revenue charts",
            "a tic-tac-toe game", "a contact form for my design studio");
    static final int WARMUP = 12;
    static final int RUNS = Integer.getInteger("benchmark.runs", 60);

    @Autowired
    StartCheck startCheck;

    record Run(String prompt, double firstFileMs, double completeMs, double deployedMs, int files) {
    }

    @Test
    void offlineGenerationFromRequestToDeployed() {
        for (int i = 0; i < WARMUP; i++) {
            once(PROMPTS.get(i % PROMPTS.size()));
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(once(PROMPTS.get(i % PROMPTS.size())));
        }
        System.out.printf(Locale.ROOT,
                "%nOffline generation, request -> deployed (%d runs after %d warm-up, %d app types, %s, %d cores,"
                        + " start check %s)%n",
                RUNS, WARMUP, PROMPTS.size(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                startCheck.enabled() ? "on" : "off");
        print("first file event", runs.stream().mapToDouble(Run::firstFileMs).sorted().toArray());
        print("complete (validated, stored)", runs.stream().mapToDouble(Run::completeMs).sorted().toArray());
        print("deployed (live URL)", runs.stream().mapToDouble(Run::deployedMs).sorted().toArray());
        for (String prompt : PROMPTS) {
            double[] deployed = runs.stream()
                .filter(r -> r.prompt().equals(prompt))
                .mapToDouble(Run::deployedMs)
                .sorted()
                .toArray();
            int files = runs.stream().filter(r -> r.prompt().equals(prompt)).findFirst().orElseThrow().files();
            System.out.printf(Locale.ROOT, "  %-45s %2d files  deployed p50 %6.1f ms  max %6.1f ms%n", prompt, files,
                    percentile(deployed, 50), deployed[deployed.length - 1]);
        }
    }

    private Run once(String prompt) {
        long start = System.nanoTime();
        long id = api().generate(prompt).json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            JsonNode firstFile = socket.await("file", Duration.ofSeconds(30));
            double firstFileMs = sinceStart(start);
            socket.await("complete", Duration.ofSeconds(30));
            double completeMs = sinceStart(start);
            socket.await("deployed", Duration.ofSeconds(30));
            double deployedMs = sinceStart(start);
            int files = (int) socket.received().stream().filter(e -> e.path("type").asString().equals("file")).count();
            return new Run(prompt, firstFile == null ? 0 : firstFileMs, completeMs, deployedMs, files);
        }
    }

    private static double sinceStart(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double[] sorted) {
        System.out.printf(Locale.ROOT, "  %-30s p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
