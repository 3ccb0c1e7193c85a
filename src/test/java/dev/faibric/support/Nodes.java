package dev.faibric.support;

import dev.faibric.FaibricApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nodes of one Faibric cluster in tests: each on the real PostgreSQL (one fresh schema
 * shared by the cluster) and Redis, with one apps volume, as an operator would run
 * several behind a load balancer. A node runs in the test's JVM ({@link #start}) or in a
 * process of its own ({@link NodeProcess}).
 */
public final class Nodes {

    private Nodes() {
    }

    /** A schema nobody has used yet, for one cluster. */
    public static String freshSchema(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * The command line of a cluster's node; {@code extra} settings are added, or replace
     * the defaults they name.
     */
    public static List<String> arguments(String schema, String apps, String... extra) {
        // Command-line arguments outrank application.yml, as an operator's settings
        // would.
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestDatabase.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true", "--faibric.realtime.redis-url=redis://127.0.0.1:6379",
                "--faibric.hosting.apps-volume=" + apps, "--faibric.limits.builds.per-account=1000",
                "--faibric.limits.builds.per-node=1000", "--faibric.limits.generate.per-account=100000",
                "--faibric.limits.generate.per-address=100000", "--faibric.limits.change.per-account=100000",
                "--faibric.limits.change.per-address=100000", "--faibric.limits.chat.per-account=100000",
                "--faibric.limits.chat.per-connection=100000", "--faibric.limits.quota.generations-per-day=100000"));
        for (String setting : extra) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            arguments.removeIf(a -> a.startsWith(name));
            arguments.add(setting);
        }
        return arguments;
    }

    /** Starts a node in this JVM on a free port. */
    public static ConfigurableApplicationContext start(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.addFirst("--server.port=0");
        return new SpringApplicationBuilder(FaibricApplication.class).run(all.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

}
