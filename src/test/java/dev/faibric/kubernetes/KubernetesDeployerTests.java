package dev.faibric.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.ImageBuilder;
import dev.faibric.deploy.ServerDeployment;
import dev.faibric.deploy.ServerRelease;
import dev.faibric.deploy.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes tier against fabric8's mock API server, whose Deployment controller the
 * test plays: a first version creates the app's four objects, a second rolls a new pod
 * template out behind the same Service and Ingress, a version that never gets ready puts
 * the previous one back (sooner when a pod of it cannot start), and removing the app
 * deletes them all.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesDeployerTests {

    static final String NAMESPACE = "faibric-apps";

    static final String SECRET_VALUE = "sk_live_do-not-leak-42";

    KubernetesClient client;

    private DeploymentController controller;

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private final KubernetesSettings settings = new KubernetesSettings(NAMESPACE, 2, null, null, null, null, "nginx",
            null, null, null, Duration.ofSeconds(2), null);

    private final ImageBuilder images = (release, log) -> {
        log.line("built " + release.name() + ":v" + release.version());
        return release.name() + ":v" + release.version();
    };

    private KubernetesDeployer deployer;

    @BeforeEach
    void start() {
        controller = new DeploymentController(client, NAMESPACE);
        deployer = new KubernetesDeployer(settings, "apps.example.com", images, client);
    }

    @AfterEach
    void stop() throws InterruptedException {
        controller.close();
    }

    static ServerRelease release(String slug, int version) {
        return new ServerRelease(7, slug, version, Map.of("server/index.ts", new byte[0]),
                Map.of("FAIBRIC_DATA_URL", "http://faibric.faibric-apps.svc.cluster.local", "FAIBRIC_APP_HOST",
                        slug + ".apps.example.com"),
                Map.of("STRIPE_KEY", SECRET_VALUE, "FAIBRIC_SERVER_KEY", "fsk_abc"));
    }

    private Deployment deployment(String slug) {
        return client.apps().deployments().inNamespace(NAMESPACE).withName("faibric-app-" + slug).get();
    }

    private Service service(String slug) {
        return client.services().inNamespace(NAMESPACE).withName("faibric-app-" + slug).get();
    }

    private Ingress ingress(String slug) {
        return client.network().v1().ingresses().inNamespace(NAMESPACE).withName("faibric-app-" + slug).get();
    }

    private Secret secret(String slug) {
        return client.secrets().inNamespace(NAMESPACE).withName("faibric-app-" + slug + "-secrets").get();
    }

    @Test
    void aFirstVersionCreatesItsDeploymentServiceIngressAndSecret() throws Exception {
        ServerDeployment deployed = deployer.deploy(release("notes", 1), lines::add);

        assertThat(deployed.tier()).isEqualTo(Tier.KUBERNETES);
        assertThat(deployed.version()).isEqualTo(1);
        assertThat(deployed.upstream())
            .isEqualTo(URI.create("http://faibric-app-notes.faibric-apps.svc.cluster.local"));
        assertThat(lines).contains("built faibric-app-notes:v1", "v1 is ready: 2 of 2 pods");

        Deployment deployment = deployment("notes");
        assertThat(deployment.getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", "faibric-app-notes")
            .containsEntry("app.kubernetes.io/managed-by", "faibric")
            .containsEntry("faibric.dev/slug", "notes");
        assertThat(deployment.getMetadata().getAnnotations()).containsEntry("faibric.dev/version", "1");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isEqualTo(1);
        assertThat(deployment.getSpec().getSelector().getMatchLabels())
            .isEqualTo(Map.of("app.kubernetes.io/name", "faibric-app-notes"));

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getVolumes()).singleElement().satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());

        Container container = pod.getContainers().getFirst();
        assertThat(container.getImage()).isEqualTo("faibric-app-notes:v1");
        assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(container.getPorts().getFirst().getContainerPort()).isEqualTo(8080);
        assertThat(container.getVolumeMounts().getFirst().getMountPath()).isEqualTo("/tmp");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        for (var probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(),
                container.getStartupProbe())) {
            assertThat(probe.getHttpGet().getPath()).isEqualTo("/_health");
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getRequests().get("cpu").toString()).isEqualTo("100m");
        assertThat(container.getResources().getLimits().get("memory").toString()).isEqualTo("256Mi");
        assertThat(container.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
            .contains(org.assertj.core.groups.Tuple.tuple("PORT", "8080"),
                    org.assertj.core.groups.Tuple.tuple("HOST", "0.0.0.0"),
                    org.assertj.core.groups.Tuple.tuple("FAIBRIC_APP_HOST", "notes.apps.example.com"));
        assertThat(container.getEnvFrom().getFirst().getSecretRef().getName()).isEqualTo("faibric-app-notes-secrets");

        Service service = service("notes");
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getSelector()).containsEntry("app.kubernetes.io/name", "faibric-app-notes");
        assertThat(service.getSpec().getPorts().getFirst().getPort()).isEqualTo(80);
        assertThat(service.getSpec().getPorts().getFirst().getTargetPort().getIntVal()).isEqualTo(8080);

        Ingress ingress = ingress("notes");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules().getFirst().getHost()).isEqualTo("notes.apps.example.com");
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().getFirst().getHttp().getPaths();
        assertThat(paths)
            .extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType,
                    p -> p.getBackend().getService().getName(), p -> p.getBackend().getService().getPort().getNumber())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("/api", "Prefix", "faibric-app-notes", 80),
                    org.assertj.core.groups.Tuple.tuple("/", "Prefix", "faibric", 80));
    }

    @Test
    void secretsAreInTheSecretOnlyNeverInTheDeploymentOrTheLog() throws Exception {
        deployer.deploy(release("shop", 1), lines::add);

        Secret secret = secret("shop");
        assertThat(secret.getType()).isEqualTo("Opaque");
        assertThat(secret.getData()).containsOnlyKeys("STRIPE_KEY", "FAIBRIC_SERVER_KEY");
        assertThat(new String(Base64.getDecoder().decode(secret.getData().get("STRIPE_KEY")), StandardCharsets.UTF_8))
            .isEqualTo(SECRET_VALUE);
        Deployment deployment = deployment("shop");
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv())
            .extracting(EnvVar::getName)
            .doesNotContain("STRIPE_KEY", "FAIBRIC_SERVER_KEY");
        assertThat(client.getKubernetesSerialization().asYaml(deployment)).doesNotContain(SECRET_VALUE, "fsk_abc");
        assertThat(String.join("\n", lines)).doesNotContain(SECRET_VALUE, "fsk_abc");
    }

    @Test
    void aSecondVersionRollsANewPodTemplateOutBehindTheSameServiceAndIngress() throws Exception {
        deployer.deploy(release("todo", 1), lines::add);
        Deployment first = deployment("todo");
        String serviceUid = service("todo").getMetadata().getUid();
        String ingressUid = ingress("todo").getMetadata().getUid();

        ServerDeployment second = deployer.deploy(release("todo", 2), lines::add);

        Deployment now = deployment("todo");
        assertThat(second.version()).isEqualTo(2);
        assertThat(now.getSpec().getTemplate()).isNotEqualTo(first.getSpec().getTemplate());
        assertThat(now.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
            .isEqualTo("faibric-app-todo:v2");
        assertThat(now.getSpec().getTemplate().getMetadata().getAnnotations()).containsEntry("faibric.dev/version",
                "2");
        assertThat(now.getMetadata().getUid()).isEqualTo(first.getMetadata().getUid());
        assertThat(service("todo").getMetadata().getUid()).isEqualTo(serviceUid);
        assertThat(ingress("todo").getMetadata().getUid()).isEqualTo(ingressUid);
        assertThat(Rollout.ready(now)).isTrue();
    }

    @Test
    void aVersionThatNeverGetsReadyPutsThePreviousOneBackAndThrows() throws Exception {
        deployer.deploy(release("chat", 1), lines::add);
        controller.neverReady("faibric-app-chat:v2");

        assertThatThrownBy(() -> deployer.deploy(release("chat", 2), lines::add))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("v2 was not ready after 2s (1 of 2 pods updated, 2 ready)")
            .hasMessageContaining("rolled back to v1, which keeps serving");

        Deployment restored = deployment("chat");
        assertThat(restored.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
            .isEqualTo("faibric-app-chat:v1");
        assertThat(restored.getMetadata().getAnnotations()).containsEntry("faibric.dev/version", "1");
        assertThat(secret("chat").getMetadata().getAnnotations()).containsEntry("faibric.dev/version", "1");
        assertThat(lines).contains("Rolled back to v1");
    }

    @Test
    void aPodThatCannotStartEndsTheWaitBeforeTheTimeout() throws Exception {
        deployer.deploy(release("crash", 1), lines::add);
        controller.neverReady("faibric-app-crash:v2");
        Pod pod = client.pods()
            .inNamespace(NAMESPACE)
            .resource(new PodBuilder().withNewMetadata()
                .withName("faibric-app-crash-7d9f-x2")
                .addToLabels("app.kubernetes.io/name", "faibric-app-crash")
                .addToAnnotations("faibric.dev/version", "2")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("server")
                .withImage("faibric-app-crash:v2")
                .endContainer()
                .endSpec()
                .build())
            .create();
        pod.setStatus(new PodStatusBuilder().addNewContainerStatus()
            .withName("server")
            .withNewState()
            .withNewWaiting()
            .withReason("CrashLoopBackOff")
            .withMessage("back-off 10s restarting failed container")
            .endWaiting()
            .endState()
            .endContainerStatus()
            .build());
        client.pods().inNamespace(NAMESPACE).resource(pod).updateStatus();
        KubernetesDeployer patient = new KubernetesDeployer(new KubernetesSettings(NAMESPACE, 2, null, null, null, null,
                null, null, null, null, Duration.ofSeconds(60), null), "apps.example.com", images, client);
        long started = System.nanoTime();

        assertThatThrownBy(() -> patient.deploy(release("crash", 2), lines::add))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("pod faibric-app-crash-7d9f-x2 cannot start: CrashLoopBackOff "
                    + "(back-off 10s restarting failed container)")
            .hasMessageContaining("rolled back to v1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aFirstVersionThatNeverGetsReadyLeavesNothingBehind() {
        controller.neverReady("faibric-app-quiz:v1");

        assertThatThrownBy(() -> deployer.deploy(release("quiz", 1), lines::add))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("nothing was live before v1, so its objects were removed");

        assertThat(deployment("quiz")).isNull();
        assertThat(service("quiz")).isNull();
        assertThat(ingress("quiz")).isNull();
        assertThat(secret("quiz")).isNull();
    }

    @Test
    void rollbackAppliesAnEarlierVersionAgain() throws Exception {
        deployer.deploy(release("poll", 1), lines::add);
        deployer.deploy(release("poll", 2), lines::add);

        ServerDeployment back = deployer.rollback(release("poll", 1), "faibric-app-poll:v1", lines::add);

        assertThat(back.version()).isEqualTo(1);
        Deployment deployment = deployment("poll");
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
            .isEqualTo("faibric-app-poll:v1");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
            .containsEntry("faibric.dev/version", "1");
    }

    @Test
    void removingTheAppDeletesAllItsObjects() throws Exception {
        deployer.deploy(release("blog", 1), lines::add);
        deployer.deploy(release("other", 1), lines::add);

        deployer.remove("blog");

        assertThat(deployment("blog")).isNull();
        assertThat(service("blog")).isNull();
        assertThat(ingress("blog")).isNull();
        assertThat(secret("blog")).isNull();
        assertThat(deployment("other")).isNotNull();
    }

}
