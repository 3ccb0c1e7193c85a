package dev.faibric.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long restoring a version takes, from the owner's request to the answer that the
 * restored version is live (a new version stored, its data model applied, its pages
 * transpiled and switched, {@code complete} and {@code deployed} sent), over HTTP on the
 * embedded defaults: for a static app (a tip calculator) and a data-backed one (a
 * guestbook with sign-in), each made by the offline composer and changed once, then
 * restored back and forth. Prints p50 and p99; asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=RestoreBenchmark} (after one build
 * with the frontend, which gives apps their React runtime).
 */
@Tag("benchmark")
class RestoreBenchmark extends IntegrationTest {

    static final int RESTORES = Integer.getInteger("restore.count", 200);

    static final int WARM_UP = Integer.getInteger("restore.warmup", 100);

    @Test
    void restoreTimes() {
        System.out.println();
        System.out.printf(Locale.ROOT, "Restore, request to live (%s, %d cores), %d restores after %d warm-up:%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), RESTORES, WARM_UP);
        measure("a tip calculator", "static app");
        measure("a guestbook for our wedding", "data-backed app");
    }

    private void measure(String prompt, String kind) {
        long id = changedOnce(prompt);
        double[] millis = new double[RESTORES];
        for (int i = -WARM_UP; i < RESTORES; i++) {
            int earlier = (i % 2 == 0) ? 1 : 2;
            long started = System.nanoTime();
            Api.Response restored = api().post("/api/projects/" + id + "/versions/" + earlier + "/restore", null, "");
            long took = System.nanoTime() - started;
            assertThat(restored.status()).as(restored.body()).isEqualTo(201);
            if (i >= 0) {
                millis[i] = took / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "  %-16s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", kind,
                millis[RESTORES / 2], millis[(int) Math.ceil(RESTORES * 0.99) - 1], millis[RESTORES - 1]);
    }

    private long changedOnce(String prompt) {
        long id = api().generate(prompt).json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(60));
            api().post("/api/v2/projects/" + id + "/modify", "application/json",
                    "{\"request\": \"make it green and call it Our Wedding\"}");
            socket.await("deployed", Duration.ofSeconds(60));
        }
        return id;
    }

}
