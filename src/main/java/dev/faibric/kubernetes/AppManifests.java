package dev.faibric.kubernetes;

import dev.faibric.deploy.ServerRelease;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The objects one version of an app runs as, all named {@code faibric-app-<slug>} in the
 * apps' namespace: a Secret with the release's secrets (the pods read it as their
 * environment), a Deployment of the version's image, a Service in front of its pods, and
 * an Ingress for {@code <slug>.<apps domain>} that sends {@code /api} to the app's
 * Service and everything else to the platform. Pure: building them talks to no cluster.
 */
public record AppManifests(Secret secret, Deployment deployment, Service service, Ingress ingress) {

    static final String NAME_LABEL = "app.kubernetes.io/name";

    static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

    static final String SLUG_LABEL = "faibric.dev/slug";

    static final String VERSION_ANNOTATION = "faibric.dev/version";

    /** The port the app's server listens on in its pod. */
    static final int CONTAINER_PORT = 8080;

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /**
     * The objects of this release, its pods running {@code image} (the reference the
     * cluster pulls, registry included).
     */
    public static AppManifests of(ServerRelease release, String image, KubernetesSettings settings, String appsDomain) {
        String name = release.name();
        Secret secret = new SecretBuilder().withMetadata(metadata(release, secretName(name)))
            .withType("Opaque")
            .withData(encoded(release.secrets()))
            .build();
        Deployment deployment = new DeploymentBuilder().withMetadata(metadata(release, name))
            .withNewSpec()
            .withReplicas(settings.replicas())
            .withRevisionHistoryLimit(5)
            .withProgressDeadlineSeconds((int) Math.max(settings.rolloutTimeout().toSeconds(), 10))
            .withNewSelector()
            .addToMatchLabels(NAME_LABEL, name)
            .endSelector()
            .withNewStrategy()
            .withType("RollingUpdate")
            .withNewRollingUpdate()
            .withMaxUnavailable(new IntOrString(0))
            .withMaxSurge(new IntOrString(1))
            .endRollingUpdate()
            .endStrategy()
            .withTemplate(AppPods.template(release, image, settings, labels(release), secretName(name)))
            .endSpec()
            .build();
        Service service = new ServiceBuilder().withMetadata(metadata(release, name))
            .withNewSpec()
            .withType("ClusterIP")
            .addToSelector(NAME_LABEL, name)
            .addNewPort()
            .withName("http")
            .withProtocol("TCP")
            .withPort(80)
            .withTargetPort(new IntOrString(CONTAINER_PORT))
            .endPort()
            .endSpec()
            .build();
        Ingress ingress = new IngressBuilder().withMetadata(metadata(release, name))
            .withNewSpec()
            .withIngressClassName(settings.ingressClassName())
            .addNewRule()
            .withHost(release.slug() + "." + appsDomain)
            .withNewHttp()
            .withPaths(path("/api", name, 80), path("/", settings.platformService(), settings.platformPort()))
            .endHttp()
            .endRule()
            .endSpec()
            .build();
        return new AppManifests(secret, deployment, service, ingress);
    }

    /** What every object of the app is called: {@link ServerRelease#name()}. */
    static String name(String slug) {
        return "faibric-app-" + slug;
    }

    /** The Secret the pods of an app read their secret environment from. */
    static String secretName(String name) {
        return name + "-secrets";
    }

    /** In the order they are applied: what the pods need before the pods. */
    public List<HasMetadata> all() {
        return List.of(secret, service, deployment, ingress);
    }

    /**
     * The objects as one multi-document YAML, to apply to a cluster of one's own: the
     * Secret keeps its keys, each with an empty value to fill in.
     */
    public String yaml() {
        Secret redacted = new SecretBuilder(secret)
            .withData(secret.getData()
                .keySet()
                .stream()
                .collect(Collectors.toMap(key -> key, key -> "", (a, b) -> a, TreeMap::new)))
            .withStringData(null)
            .build();
        return List.of(redacted, service, deployment, ingress)
            .stream()
            .map(SERIALIZATION::asYaml)
            .map(document -> document.startsWith("---") ? document : "---\n" + document)
            .collect(Collectors.joining());
    }

    static Map<String, String> labels(ServerRelease release) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(NAME_LABEL, release.name());
        labels.put(MANAGED_BY_LABEL, "faibric");
        labels.put(SLUG_LABEL, release.slug());
        return labels;
    }

    private static ObjectMeta metadata(ServerRelease release, String name) {
        return new ObjectMetaBuilder().withName(name)
            .withLabels(labels(release))
            .addToAnnotations(VERSION_ANNOTATION, Integer.toString(release.version()))
            .build();
    }

    private static Map<String, String> encoded(Map<String, String> values) {
        Map<String, String> data = new TreeMap<>();
        values.forEach((key, value) -> data.put(key,
                Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        return data;
    }

    private static HTTPIngressPath path(String path, String service, int port) {
        return new HTTPIngressPathBuilder().withPath(path)
            .withPathType("Prefix")
            .withNewBackend()
            .withNewService()
            .withName(service)
            .withNewPort()
            .withNumber(port)
            .endPort()
            .endService()
            .endBackend()
            .build();
    }

}
