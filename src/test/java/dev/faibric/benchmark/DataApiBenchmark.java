package dev.faibric.benchmark;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.Nodes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data API of generated apps, measured over HTTP on one node as an app's page calls
 * it: {@code APPS} apps with the same data model, one of them with {@code ROWS} rows in a
 * collection (the others with a few each), on the embedded H2 and on PostgreSQL. Reports
 * p50 and p99 of create (while the collection fills), of a page of the newest rows with
 * its total, of a filtered and sorted page, of a search, and of one row. Prints its
 * figures; asserts nothing about time. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=DataApiBenchmark}.
 */
@Tag("benchmark")
class DataApiBenchmark {

    static final int APPS = Integer.getInteger("data.apps", 100);

    static final int ROWS = Integer.getInteger("data.rows", 10_000);

    static final int READS = Integer.getInteger("data.reads", 2_000);

    static final String SCHEMA = """
            {"collections": {"posts": {
              "fields": {"title": {"type": "text", "required": true, "max": 200},
                         "body": {"type": "longtext"},
                         "votes": {"type": "number", "default": 0},
                         "tag": {"type": "enum", "values": ["question", "idea", "bug"], "default": "question"}},
              "indexes": [["tag", "votes"]],
              "access": {"create": "signed-in"}}}}
            """;

    static final String[] LIMITS = { "--faibric.data.requests-per-minute=100000000", "--faibric.data.max-rows=10000000",
            "--faibric.limits.app-sign-in.per-account=1000000", "--faibric.limits.app-sign-in.per-address=1000000",
            "--logging.level.dev.faibric=WARN" };

    @Test
    void listFilterAndCreateAtTenThousandRowsAndAHundredApps() throws Exception {
        String apps = Files.createTempDirectory("faibric-data-bench-").toString();
        List<String> h2 = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:data-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--faibric.hosting.apps-volume=" + apps));
        h2.addAll(List.of(LIMITS));
        try (ConfigurableApplicationContext node = Nodes.start(h2)) {
            run("H2 (embedded)", node);
        }
        try (ConfigurableApplicationContext node = Nodes
            .start(Nodes.arguments(Nodes.freshSchema("faibric_data_bench"), apps, LIMITS))) {
            run("PostgreSQL", node);
        }
    }

    private void run(String label, ConfigurableApplicationContext node) {
        Projects projects = node.getBean(Projects.class);
        AppDataStore store = node.getBean(AppDataStore.class);
        AppSchema schema = AppSchema.parse(SCHEMA).orThrow();
        int port = Nodes.port(node);
        List<Project> all = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            Project project = projects.create(new NewProject("Board " + i, "a board", AppType.WEBAPP));
            store.apply(project.id(), schema);
            all.add(project);
        }
        List<AppVisitor> visitors = all.stream().map(p -> new AppVisitor(p.slug(), port)).toList();
        for (AppVisitor visitor : visitors) {
            expect(visitor.signUp("writer-" + UUID.randomUUID() + "@example.com", "correct horse battery"), 201);
        }
        for (int i = 0; i < 20 * APPS; i++) {
            expect(visitors.get(i % APPS).post("/_api/data/posts", row(i)), 201);
        }
        AppVisitor big = visitors.get(APPS / 2);
        long[] creates = time(ROWS, i -> expect(big.post("/_api/data/posts", row(i)), 201));
        System.out.printf(Locale.ROOT, "%n%s: %d apps, %,d rows in one collection (%,d in the others)%n", label, APPS,
                ROWS + 20, 20 * (APPS - 1));
        report("create (POST, signed in)", creates);
        time(READS, i -> expect(big.get("/_api/data/posts?limit=20"), 200));
        report("list: newest 20 with total", time(READS, i -> expect(big.get("/_api/data/posts?limit=20"), 200)));
        report("filter: tag + votes range, sorted", time(READS,
                i -> expect(big.get("/_api/data/posts?tag=idea&votes%5Bgte%5D=" + (i % 90) + "&sort=-votes&limit=20"),
                        200)));
        report("search: title contains", time(READS,
                i -> expect(big.get("/_api/data/posts?title%5Bcontains%5D=number%20" + (i % 500) + "&limit=20"), 200)));
        report("one row by id", time(READS, i -> expect(big.get("/_api/data/posts/" + (1 + (i * 37) % ROWS)), 200)));
        report("page deep in the list (offset 9,000)",
                time(READS / 4, i -> expect(big.get("/_api/data/posts?limit=20&offset=9000"), 200)));
    }

    private static Map<String, Object> row(int i) {
        return Map.of("title", "Post number " + i, "body", "Some words about post " + i + ". ".repeat(10), "votes",
                i % 100, "tag", (i % 3 == 0) ? "idea" : (i % 3 == 1) ? "question" : "bug");
    }

    private static Api.Response expect(Api.Response answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static long[] time(int times, IntFunction<Object> call) {
        long[] micros = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.apply(i);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "  %-40s p50 %6.2f ms  p99 %6.2f ms  (%,d requests)%n", what,
                at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

}
