package dev.faibric.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.container.DockerBase;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code DEPLOYMENT_STRATEGY=kubernetes} end to end: a prompt on the offline composer
 * becomes an app whose server code is built into an image on the local engine and rolled
 * out on a cluster (fabric8's mock API server, whose Deployment controller the test
 * plays) as a Deployment, Service, Ingress and Secret; deleting the project deletes them.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class KubernetesStrategyTests extends IntegrationTest {

    private static final String NAMESPACE = "faibric-apps";

    /** Started by the extension before Spring starts Faibric, which reads its address. */
    static KubernetesMockServer server;

    static KubernetesClient client;

    private static DeploymentController controller;

    @DynamicPropertySource
    static void onTheCluster(DynamicPropertyRegistry registry) {
        registry.add("faibric.deployment.strategy", () -> "kubernetes");
        registry.add("faibric.kubernetes.master-url", () -> server.url("/"));
        registry.add("faibric.kubernetes.namespace", () -> NAMESPACE);
        registry.add("faibric.kubernetes.rollout-timeout", () -> "30s");
    }

    @BeforeAll
    static void controller() {
        DockerBase.ensure();
        controller = new DeploymentController(client, NAMESPACE);
    }

    @AfterAll
    static void stop() throws Exception {
        controller.close();
    }

    @Test
    void anAppWithServerCodeRollsOutOnTheClusterAndGoesWithItsProject() throws Exception {
        JsonNode created = api().generate("a URL shortener that counts clicks").json();
        long id = created.path("id").asLong();
        String slug = created.path("slug").asString();
        String name = "faibric-app-" + slug;
        try {
            JsonNode deployed;
            try (SocketClient socket = socket(id, "")) {
                deployed = socket.awaitAny(Duration.ofSeconds(90), "deployed", "error");
            }
            assertThat(deployed.path("type").asString()).as(deployed.toString()).isEqualTo("deployed");
            assertThat(deployed.path("tier").asString()).isEqualTo("kubernetes");

            Deployment app = client.apps().deployments().inNamespace(NAMESPACE).withName(name).get();
            assertThat(app.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
                .isEqualTo(name + ":v1");
            assertThat(app.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv())
                .extracting(EnvVar::getName, EnvVar::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("FAIBRIC_DATA_URL",
                        "http://faibric.faibric-apps.svc.cluster.local"))
                .noneMatch(t -> "FAIBRIC_SERVER_KEY".equals(t.toList().getFirst()));
            Secret secret = client.secrets().inNamespace(NAMESPACE).withName(name + "-secrets").get();
            assertThat(secret.getData()).containsKey("FAIBRIC_SERVER_KEY");
            Ingress ingress = client.network().v1().ingresses().inNamespace(NAMESPACE).withName(name).get();
            assertThat(ingress.getSpec().getRules().getFirst().getHost()).isEqualTo(slug + ".apps.localhost");
            assertThat(api().get("/api/projects/" + id)
                .json()
                .path("versions")
                .get(0)
                .path("deployed")
                .path("tier")
                .asString()).isEqualTo("kubernetes");

            assertThat(HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/projects/" + id)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(204);
            assertThat(client.apps().deployments().inNamespace(NAMESPACE).withName(name).get()).isNull();
            assertThat(client.services().inNamespace(NAMESPACE).withName(name).get()).isNull();
            assertThat(client.network().v1().ingresses().inNamespace(NAMESPACE).withName(name).get()).isNull();
            assertThat(client.secrets().inNamespace(NAMESPACE).withName(name + "-secrets").get()).isNull();
        }
        finally {
            removeImages(slug);
        }
    }

    /**
     * The images built on the local engine for the cluster (a real cluster pulls them).
     */
    private static void removeImages(String slug) throws IOException, InterruptedException {
        Process list = new ProcessBuilder("docker", "images", "-q", "--filter", "label=dev.faibric.app=" + slug)
            .start();
        for (String image : new String(list.getInputStream().readAllBytes()).split("\\s+")) {
            if (!image.isBlank()) {
                new ProcessBuilder("docker", "rmi", "-f", image).start().waitFor();
            }
        }
    }

}
