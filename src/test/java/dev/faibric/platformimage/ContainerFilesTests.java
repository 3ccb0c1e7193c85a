package dev.faibric.platformimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile, compose.yaml and the load balancer's configuration: a non-root image
 * whose health check is the readiness endpoint, and a cluster of two nodes on PostgreSQL
 * and Redis behind a load balancer that keeps the Host header.
 */
class ContainerFilesTests {

    static final Settings settings = new Settings();

    static final String dockerfile = Settings.read(Settings.ROOT.resolve("Dockerfile"));

    @Test
    void theImageRunsAsANonRootUserAndChecksReadiness() {
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertThat(user.find()).as("a USER instruction").isTrue();
        String uid = user.group(1).split(":")[0];
        assertThat(uid).matches("\\d+").isNotEqualTo("0");
        assertThat(user.find()).as("one USER instruction").isFalse();
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n?.*dev\\.faibric\\.platform\\.HealthProbe")
            .contains("/actuator/health/readiness")
            .containsPattern("(?m)^EXPOSE " + settings.serverPort() + "$")
            .containsPattern("(?m)^ARG BASE_IMAGE=eclipse-temurin:25-jre$")
            .contains("--enable-native-access=ALL-UNNAMED")
            .contains("\"-Djarmode=tools\"", "\"--layers\"", "\"--launcher\"");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).contains("COPY --from=layers /build/extracted/" + layer + "/ /app/");
        }
        assertThat(dockerfile).as("no shell in the base: exec form only").doesNotContainPattern("(?m)^RUN [^\\[]");
        assertThat(Settings.read(Settings.ROOT.resolve(".dockerignore"))).contains("!target/faibric-*.jar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTwoNodesOnPostgresAndRedisBehindALoadBalancer() {
        Map<String, Object> compose = new Yaml().load(Settings.read(Settings.ROOT.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "redis", "faibric-1", "faibric-2", "loadbalancer");
        for (String node : List.of("faibric-1", "faibric-2")) {
            Map<String, Object> service = services.get(node);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment.keySet())
                .allSatisfy(name -> assertThat(settings.reads(name)).as(name + " is read by the application").isTrue());
            assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "production")
                .containsEntry("FAIBRIC_AUTH", "accounts")
                .containsEntry("REDIS_URL", "redis://redis:6379")
                .containsKeys("FAIBRIC_APPS_DOMAIN", "FAIBRIC_PLATFORM_HOSTS");
            assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:");
            String apps = (String) environment.get("STATIC_APPS_VOLUME");
            assertThat((List<String>) service.get("volumes")).contains("apps:" + apps);
            assertThat((List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test"))
                .contains("dev.faibric.platform.HealthProbe", "/actuator/health/readiness");
            assertThat(((Map<String, Object>) service.get("depends_on")).keySet()).contains("postgres", "redis");
        }
        assertThat(((Map<String, Object>) compose.get("volumes")).keySet()).contains("apps");
        Map<String, Object> balancer = services.get("loadbalancer");
        assertThat(((Map<String, Object>) balancer.get("depends_on")).keySet()).contains("faibric-1", "faibric-2");
        assertThat((List<String>) balancer.get("volumes"))
            .contains("./deploy/compose/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
    }

    @Test
    void theLoadBalancerKeepsTheHostAndPassesWebSocketsAndEvents() {
        String haproxy = Settings.read(Settings.ROOT.resolve("deploy/compose/haproxy.cfg"));
        assertThat(haproxy).contains("mode http")
            .containsPattern("server faibric-1 faibric-1:" + settings.serverPort())
            .containsPattern("server faibric-2 faibric-2:" + settings.serverPort())
            .contains("uri /actuator/health/readiness")
            .containsPattern("timeout tunnel \\d+h")
            .contains("option forwardfor")
            .as("the Host header is never rewritten")
            .doesNotContainIgnoringCase("set-header Host");
    }

}
