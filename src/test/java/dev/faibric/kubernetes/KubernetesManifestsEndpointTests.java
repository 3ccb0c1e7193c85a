package dev.faibric.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/projects/{id}/versions/{n}/kubernetes.yaml} on a Faibric that deploys
 * without Kubernetes: a generated app's version as four YAML documents, the Secret's keys
 * empty; 404 for a version or a project that is not there.
 */
class KubernetesManifestsEndpointTests extends IntegrationTest {

    private long deployedProject() {
        long id = api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            socket.await("deployed", Duration.ofSeconds(30));
        }
        return id;
    }

    @Test
    void aVersionsObjectsComeAsFourYamlDocumentsWithoutSecretValues() {
        long id = deployedProject();
        String slug = api().get("/api/projects/" + id + "/").json().path("slug").asString();

        Api.Response response = api().get("/api/projects/" + id + "/versions/1/kubernetes.yaml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/yaml");
        assertThat(response.header("Content-Disposition")).contains(slug + "-v1-kubernetes.yaml");
        List<Object> documents = AppManifestsTests.documents(response.body());
        assertThat(documents).hasSize(4);
        assertThat(documents).extracting(d -> (Object) ((Map<?, ?>) d).get("kind"))
            .containsExactly("Secret", "Service", "Deployment", "Ingress");
        Map<?, ?> secret = (Map<?, ?>) documents.getFirst();
        assertThat((Map<?, ?>) secret.get("data")).isEqualTo(Map.of("FAIBRIC_SERVER_KEY", ""));
        assertThat(response.body()).contains("image: \"faibric-app-" + slug + ":v1\"")
            .contains("host: \"" + slug + ".apps.localhost\"")
            .contains("http://faibric.faibric-apps.svc.cluster.local")
            .doesNotContain("fsk_");
    }

    @Test
    void anUnknownVersionOrProjectIsNotFound() {
        long id = deployedProject();

        Api.Response version = api().get("/api/projects/" + id + "/versions/99/kubernetes.yaml");
        Api.Response project = api().get("/api/projects/999999/versions/1/kubernetes.yaml");

        assertThat(version.status()).isEqualTo(404);
        assertThat(version.json().path("detail").asString()).isEqualTo("Project " + id + " has no version 99");
        assertThat(project.status()).isEqualTo(404);
        assertThat(project.json().path("detail").asString()).isEqualTo("No project with id 999999");
    }

}
