package dev.faibric.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.deploy.ServerRelease;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The objects of a version, built without a cluster: one name for all, the registry in
 * the image, and the downloadable YAML with every secret's key and none of its values.
 */
class AppManifestsTests {

    static List<Object> documents(String yaml) {
        List<Object> documents = new java.util.ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(documents::add);
        return documents;
    }

    @Test
    void theYamlHoldsFourObjectsAndTheSecretsKeysWithoutTheirValues() {
        ServerRelease release = KubernetesDeployerTests.release("notes", 3);
        AppManifests manifests = AppManifests.of(release, "faibric-app-notes:v3", KubernetesSettings.defaults(),
                "apps.example.com");

        String yaml = manifests.yaml();

        assertThat(documents(yaml)).hasSize(4);
        assertThat(yaml).doesNotContain(KubernetesDeployerTests.SECRET_VALUE, "fsk_abc");
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> objects = java.util.Arrays.stream(yaml.split("(?m)^---$"))
            .filter(document -> !document.isBlank())
            .map(document -> (HasMetadata) serialization.unmarshal(document))
            .toList();
        assertThat(objects).extracting(HasMetadata::getKind)
            .containsExactly("Secret", "Service", "Deployment", "Ingress");
        assertThat(objects).extracting(o -> o.getMetadata().getName())
            .containsExactly("faibric-app-notes-secrets", "faibric-app-notes", "faibric-app-notes",
                    "faibric-app-notes");
        Secret secret = (Secret) objects.getFirst();
        assertThat(secret.getData()).isEqualTo(Map.of("FAIBRIC_SERVER_KEY", "", "STRIPE_KEY", ""));
        assertThat(manifests.secret().getData().get("STRIPE_KEY")).isNotEmpty();
    }

    @Test
    void theImageComesFromTheRegistryAndTheVersionIsInThePodTemplate() {
        KubernetesSettings settings = new KubernetesSettings("apps", 3, "50m", "1", "64Mi", "512Mi", null,
                "registry.example.com/faibric/", "web", 8080, Duration.ofSeconds(30), null);
        ServerRelease release = KubernetesDeployerTests.release("todo", 2);

        AppManifests manifests = AppManifests.of(release, settings.image("faibric-app-todo:v2"), settings,
                "apps.example.com");

        var template = manifests.deployment().getSpec().getTemplate();
        assertThat(template.getSpec().getContainers().getFirst().getImage())
            .isEqualTo("registry.example.com/faibric/faibric-app-todo:v2");
        assertThat(template.getMetadata().getAnnotations()).containsEntry("faibric.dev/version", "2");
        assertThat(manifests.deployment().getSpec().getReplicas()).isEqualTo(3);
        assertThat(manifests.ingress().getSpec().getIngressClassName()).isNull();
        assertThat(manifests.ingress()
            .getSpec()
            .getRules()
            .getFirst()
            .getHttp()
            .getPaths()
            .get(1)
            .getBackend()
            .getService()).satisfies(s -> {
                assertThat(s.getName()).isEqualTo("web");
                assertThat(s.getPort().getNumber()).isEqualTo(8080);
            });
        assertThat(settings.platformUrl()).isEqualTo("http://web.apps.svc.cluster.local:8080");
        assertThat(AppManifests.name("todo")).isEqualTo(release.name());
    }

    @Test
    void settingsTakeTheirDefaultsFromAnEmptyEnvironment() {
        Map<String, String> empty = new java.util.HashMap<>();
        for (String key : List.of("namespace", "replicas", "cpu-request", "cpu-limit", "memory-request", "memory-limit",
                "ingress-class-name", "registry", "platform-service", "platform-port", "rollout-timeout",
                "master-url")) {
            empty.put("faibric.kubernetes." + key, "");
        }
        KubernetesSettings settings = new Binder(new MapConfigurationPropertySource(empty))
            .bindOrCreate("faibric.kubernetes", KubernetesSettings.class);

        assertThat(settings).isEqualTo(KubernetesSettings.defaults());
        assertThat(settings.namespace()).isEqualTo("faibric-apps");
        assertThat(settings.replicas()).isEqualTo(2);
        assertThat(settings.cpuRequest()).isEqualTo("100m");
        assertThat(settings.memoryLimit()).isEqualTo("256Mi");
        assertThat(settings.ingressClassName()).isNull();
        assertThat(settings.image("faibric-app-x:v1")).isEqualTo("faibric-app-x:v1");
        assertThat(settings.platformUrl()).isEqualTo("http://faibric.faibric-apps.svc.cluster.local");
        assertThat(settings.rolloutTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.masterUrl()).isNull();
    }

}
