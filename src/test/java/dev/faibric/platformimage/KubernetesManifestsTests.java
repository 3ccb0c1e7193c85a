package dev.faibric.platformimage;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests of deploy/kubernetes, read into fabric8's typed model: they say what the
 * application does (its port, its actuator probes, the settings it reads) and agree with
 * one another (selectors, the Service port, the volume STATIC_APPS_VOLUME names).
 */
class KubernetesManifestsTests {

    static final Path DIR = Settings.ROOT.resolve("deploy/kubernetes");

    static final Settings settings = new Settings();

    static List<HasMetadata> objects;

    static Deployment deployment;

    static Container container;

    static ConfigMap config;

    @BeforeAll
    static void read() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        objects = new ArrayList<>();
        for (String resource : resources()) {
            Object read = serialization.unmarshal(Settings.read(DIR.resolve(resource)));
            if (read instanceof List<?> list) {
                list.forEach(o -> objects.add((HasMetadata) o));
            }
            else {
                objects.add((HasMetadata) read);
            }
        }
        deployment = one(Deployment.class);
        container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        config = one(ConfigMap.class);
    }

    @SuppressWarnings("unchecked")
    static List<String> resources() {
        Map<String, Object> kustomization = new Yaml().load(Settings.read(DIR.resolve("kustomization.yaml")));
        return (List<String>) kustomization.get("resources");
    }

    static <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    static String env(String name) {
        return config.getData().get(name);
    }

    @Test
    void kustomizationListsEveryManifestAndEachIsTyped() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString())
                .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")))
                .containsExactlyInAnyOrderElementsOf(resources());
        }
        assertThat(objects).allSatisfy(o -> assertThat(o.getClass().getPackageName())
            .as(o.getKind() + " " + o.getMetadata().getName() + " read into fabric8's model")
            .startsWith("io.fabric8.kubernetes.api.model"));
        List<String> namespaces = all(Namespace.class).stream().map(n -> n.getMetadata().getName()).toList();
        assertThat(namespaces).contains("faibric", "faibric-apps");
        assertThat(objects).filteredOn(o -> !(o instanceof Namespace))
            .allSatisfy(o -> assertThat(namespaces).as(o.getKind() + " " + o.getMetadata().getName())
                .contains(o.getMetadata().getNamespace()));
    }

    @Test
    void probesAskTheActuatorsHealthGroupsOnTheServerPort() {
        assertThat(settings.yaml("management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort)
            .containsExactly(settings.serverPort());
        assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
        assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(container.getStartupProbe()).isNotNull();
        assertThat(path(container.getStartupProbe())).startsWith("/actuator/health/");
        List<String> platformHosts = Arrays.asList(env("FAIBRIC_PLATFORM_HOSTS").split(","));
        for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(),
                container.getStartupProbe())) {
            HTTPGetAction get = probe.getHttpGet();
            assertThat(port(get.getPort().getIntVal(), get.getPort().getStrVal())).isEqualTo(settings.serverPort());
            assertThat(get.getHttpHeaders()).as("the Host the probe sends is one the platform answers to")
                .filteredOn(h -> h.getName().equalsIgnoreCase("Host"))
                .extracting(HTTPHeader::getValue)
                .singleElement()
                .isIn(platformHosts);
        }
    }

    @Test
    void podsRunAsNonRootOnAReadOnlyRootFileSystem() {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(mount("/tmp")).as("natives are unpacked under /tmp").isNotNull();
        assertThat(volume(mount("/tmp").getName()).getEmptyDir()).isNotNull();
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        assertThat(container.getLifecycle().getPreStop().getSleep().getSeconds()).isPositive();
    }

    @Test
    void selectorsOfTheDeploymentServiceAndBudgetMatchThePods() {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(labels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        Service service = service();
        assertThat(service.getSpec().getSelector()).isNotEmpty();
        assertThat(labels).containsAllEntriesOf(service.getSpec().getSelector());
        PodDisruptionBudget budget = one(PodDisruptionBudget.class);
        assertThat(budget.getSpec().getSelector().getMatchLabels()).isNotEmpty();
        assertThat(labels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getMetadata().getNamespace()).isEqualTo(deployment.getMetadata().getNamespace());
        ServicePort port = service.getSpec().getPorts().get(0);
        assertThat(port(port.getTargetPort().getIntVal(), port.getTargetPort().getStrVal()))
            .isEqualTo(settings.serverPort());
    }

    @Test
    void theAutoscalerScalesTheDeploymentOnCpu() {
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getMetadata().getNamespace()).isEqualTo(deployment.getMetadata().getNamespace());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
    }

    @Test
    void theIngressSendsThePlatformHostAndEveryAppHostToTheService() {
        Ingress ingress = one(Ingress.class);
        String platformHost = Arrays.stream(env("FAIBRIC_PLATFORM_HOSTS").split(","))
            .filter(h -> !h.equals("localhost"))
            .findFirst()
            .orElseThrow();
        String appsHost = "*." + env("FAIBRIC_APPS_DOMAIN");
        assertThat(ingress.getSpec().getRules()).extracting(IngressRule::getHost)
            .containsExactlyInAnyOrder(platformHost, appsHost);
        assertThat(ingress.getSpec().getTls()).flatExtracting(t -> t.getHosts()).contains(platformHost, appsHost);
        Service service = service();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertThat(path.getPath()).isEqualTo("/");
                assertThat(path.getBackend().getService().getName()).isEqualTo(service.getMetadata().getName());
                assertThat(path.getBackend().getService().getPort().getNumber())
                    .isEqualTo(service.getSpec().getPorts().get(0).getPort());
            }
        }
    }

    @Test
    void theAppsVolumeIsSharedByEveryPodWhereStaticAppsVolumeSaysItIs() {
        PersistentVolumeClaim claim = one(PersistentVolumeClaim.class);
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
        VolumeMount apps = mount(env("STATIC_APPS_VOLUME"));
        assertThat(apps).as("a volume mounted at STATIC_APPS_VOLUME").isNotNull();
        assertThat(volume(apps.getName()).getPersistentVolumeClaim().getClaimName())
            .isEqualTo(claim.getMetadata().getName());
        assertThat(apps.getReadOnly()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void theConfigMapAndSecretSetOnlyWhatTheApplicationReads() {
        Secret secret = one(Secret.class);
        List<String> names = new ArrayList<>(config.getData().keySet());
        names.addAll(secret.getStringData().keySet());
        assertThat(names).allSatisfy(name -> assertThat(settings.reads(name))
            .as(name + " is read by the application (application.yml, README.md or a Spring Boot property)")
            .isTrue());
        assertThat(container.getEnvFrom())
            .extracting(e -> e.getConfigMapRef() != null ? e.getConfigMapRef().getName() : e.getSecretRef().getName())
            .containsExactlyInAnyOrder(config.getMetadata().getName(), secret.getMetadata().getName());
        assertThat(env("SPRING_PROFILES_ACTIVE")).isEqualTo("production");
        assertThat(env("FAIBRIC_AUTH")).as("the production profile needs accounts").isEqualTo("accounts");
        assertThat(env("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://");
        assertThat(env("REDIS_URL")).startsWith("redis://");
    }

    @Test
    void postgresAndRedisAreServicesNamedByTheDatabaseAndRedisUrls() {
        URI database = URI.create(env("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
        URI redis = URI.create(env("REDIS_URL"));
        for (URI uri : List.of(database, redis)) {
            Service service = all(Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(uri.getHost()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + uri.getHost()));
            assertThat(service.getSpec().getType()).isEqualTo("ExternalName");
            assertThat(service.getSpec().getExternalName()).isNotBlank();
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).contains(uri.getPort());
        }
    }

    @Test
    void thePlatformMayManageAppsOnlyInTheAppsNamespace() {
        ServiceAccount account = one(ServiceAccount.class);
        assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName())
            .isEqualTo(account.getMetadata().getName());
        Role role = one(Role.class);
        RoleBinding binding = one(RoleBinding.class);
        assertThat(role.getMetadata().getNamespace()).isEqualTo("faibric-apps");
        assertThat(binding.getMetadata().getNamespace()).isEqualTo(role.getMetadata().getNamespace());
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo(account.getMetadata().getName());
            assertThat(s.getNamespace()).isEqualTo(account.getMetadata().getNamespace());
        });
        for (String resource : List.of("deployments", "services", "ingresses", "secrets")) {
            assertThat(role.getRules()).as("may create " + resource)
                .anySatisfy(rule -> assertThat(rule).satisfies(r -> {
                    assertThat(r.getResources()).contains(resource);
                    assertThat(r.getVerbs()).contains("create", "delete", "get");
                }));
        }
        assertThat(role.getRules()).flatExtracting(PolicyRule::getVerbs).doesNotContain("*");
    }

    private static Service service() {
        return all(Service.class).stream()
            .filter(s -> s.getMetadata().getName().equals(deployment.getMetadata().getName()))
            .findFirst()
            .orElseThrow();
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static int port(Integer number, String name) {
        if (number != null) {
            return number;
        }
        return container.getPorts()
            .stream()
            .filter(p -> name.equals(p.getName()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no container port named " + name))
            .getContainerPort();
    }

    private static VolumeMount mount(String path) {
        return container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst().orElse(null);
    }

    private static Volume volume(String name) {
        return deployment.getSpec()
            .getTemplate()
            .getSpec()
            .getVolumes()
            .stream()
            .filter(v -> v.getName().equals(name))
            .findFirst()
            .orElseThrow();
    }

}
