package dev.faibric.benchmark;

import dev.faibric.FaibricApplication;
import dev.faibric.support.Api;
import dev.faibric.support.Nodes;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load: {@code GENERATIONS} concurrent offline generations (each streamed over 2 s), each
 * watched by {@code WATCHERS} WebSocket clients, on one node (embedded H2, in-process
 * bus) and on two nodes sharing PostgreSQL and Redis (watchers spread over both). Reports
 * event latency from publication to receipt (p50/p99), process CPU and heap. Prints its
 * figures; asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=LoadBenchmark}.
 */
@Tag("benchmark")
class LoadBenchmark {

    static final int GENERATIONS = Integer.getInteger("load.generations", 200);
    static final int WATCHERS = Integer.getInteger("load.watchers", 5);

    /** Which runs: "1" (one node), "2" (two nodes), or both. */
    static final String NODES = System.getProperty("load.nodes", "1,2");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ConfigurableApplicationContext node(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--faibric.ai.offline.stream-time=2s",
                "--spring.datasource.hikari.maximum-pool-size=20", "--logging.level.dev.faibric=WARN"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(FaibricApplication.class).run(all.toArray(String[]::new));
    }

    @Test
    void oneNodeThenTwoNodesThroughRedis() throws Exception {
        String apps = Files.createTempDirectory("faibric-load-").toString();
        if (NODES.contains("1")) {
            oneNode(apps);
        }
        if (NODES.contains("2")) {
            twoNodes(apps);
        }
    }

    private void oneNode(String apps) throws Exception {
        try (ConfigurableApplicationContext single = node(
                "--spring.datasource.url=jdbc:h2:mem:load-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--faibric.hosting.apps-volume=" + apps)) {
            run("one node (H2, in-process bus)", List.of(Nodes.port(single)));
        }
    }

    private void twoNodes(String apps) throws Exception {
        String[] shared = Nodes.arguments(Nodes.freshSchema("faibric_load"), apps).toArray(String[]::new);
        try (ConfigurableApplicationContext a = node(shared); ConfigurableApplicationContext b = node(shared)) {
            run("two nodes (PostgreSQL, Redis bus)", List.of(Nodes.port(a), Nodes.port(b)));
        }
    }

    private void run(String label, List<Integer> ports) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Long> ids = new ArrayList<>();
        Api first = new Api("http://localhost:" + ports.getFirst());
        long cpuBefore = cpuNanos();
        long wallBefore = System.nanoTime();
        CountDownLatch deployed = new CountDownLatch(GENERATIONS * WATCHERS);
        List<java.util.concurrent.CompletableFuture<WebSocket>> sockets = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < GENERATIONS; i++) {
            long id = first.generate(PROMPTS[i % PROMPTS.length]).json().path("id").asLong();
            ids.add(id);
            // Watchers connect as the build starts (without waiting for each handshake),
            // as browsers would.
            for (int w = 0; w < WATCHERS; w++) {
                int port = ports.get(n++ % ports.size());
                sockets.add(http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/project/" + id + "/"),
                            new Watcher(latencies, deployed)));
            }
        }
        boolean done = deployed.await(5, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        sockets.forEach(s -> s.thenAccept(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "%n%s: %d generations x %d watchers = %d sockets; all deployed: %s in %.1f s%n",
                label, GENERATIONS, WATCHERS, GENERATIONS * WATCHERS, done, wall);
        System.out.printf(Locale.ROOT, "  builds that ended in an error event (seen by a watcher): %d%s%n",
                Watcher.failures.size(), Watcher.failures.isEmpty() ? "" : " e.g. " + Watcher.failures.peek());
        Watcher.failures.clear();
        System.out.printf(Locale.ROOT,
                "  live events received: %,d; latency publish -> receipt p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.length, at(sorted, 0.50), at(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        Watcher.byType.forEach((type, values) -> {
            long[] ofType = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "    %-10s %,7d events  p50 %4d ms  p99 %4d ms%n", type, ofType.length,
                    at(ofType, 0.50), at(ofType, 0.99));
        });
        Watcher.byType.clear();
        System.out.printf(Locale.ROOT,
                "  process CPU %.1f s over %.1f s (%.0f %% of %d cores, clients included); heap used %d MB of %d MB%n",
                cpu, wall, 100 * cpu / wall / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(), heap.getUsed() / 1_048_576,
                heap.getCommitted() / 1_048_576);
    }

    static final String[] PROMPTS = { "a tip calculator", "a kanban board that remembers my tasks",
            "a tic-tac-toe game", "a landing page for my bakery", "a sales dashboard with monthly revenue charts",
            "a contact form" };

    private static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    /**
     * The fields a watcher needs, read from the start of an event (they come before its
     * content), so that 1000 clients in the benchmark's own JVM do not parse every file
     * they are sent.
     */
    record Head(long seq, String type, long timestamp) {
        static Head of(String json) {
            long seq = 0;
            String type = "";
            long timestamp = -1;
            try (tools.jackson.core.JsonParser parser = JSON.createParser(json)) {
                parser.nextToken();
                while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME && timestamp < 0) {
                    String name = parser.currentName();
                    parser.nextToken();
                    switch (name) {
                        case "seq" -> seq = parser.getLongValue();
                        case "type" -> type = parser.getString();
                        case "timestamp" -> timestamp = parser.getLongValue();
                        default -> parser.skipChildren();
                    }
                }
            }
            return new Head(seq, type, timestamp);
        }
    }

    /**
     * Records the time from publication to receipt of every event published after the
     * socket opened (those published during the handshake arrive as a replay, and are not
     * counted).
     */
    static final class Watcher implements WebSocket.Listener {

        private final ConcurrentLinkedQueue<Long> latencies;

        private final CountDownLatch deployed;
        static final java.util.concurrent.ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> byType = new java.util.concurrent.ConcurrentHashMap<>();
        static final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        private final StringBuilder partial = new StringBuilder();

        private volatile long openedAt = Long.MAX_VALUE;

        Watcher(ConcurrentLinkedQueue<Long> latencies, CountDownLatch deployed) {
            this.latencies = latencies;
            this.deployed = deployed;
        }

        @Override
        public void onOpen(WebSocket socket) {
            openedAt = System.currentTimeMillis();
            socket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.currentTimeMillis();
                Head event = Head.of(partial.toString());
                if (event.timestamp() >= openedAt) {
                    latencies.add(now - event.timestamp());
                    byType.computeIfAbsent(event.type(), k -> new ConcurrentLinkedQueue<>())
                        .add(now - event.timestamp());
                }
                if (event.type().equals("deployed") || (event.type().equals("error") && event.seq() > 0)) {
                    if (event.type().equals("error")) {
                        failures.add(JSON.readTree(partial.toString()).path("content").asString());
                    }
                    deployed.countDown();
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

    }

}
