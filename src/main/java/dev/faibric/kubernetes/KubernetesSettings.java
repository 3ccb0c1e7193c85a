package dev.faibric.kubernetes;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How apps run on Kubernetes ({@code faibric.kubernetes}, env
 * {@code FAIBRIC_KUBERNETES_*}): the namespace their objects live in (it must exist), how
 * many pods each app gets and what each may use, the Ingress class, the registry their
 * images are pulled from ({@code <registry>/faibric-app-<slug>:v<n>}; unset: the image as
 * built, for a cluster that shares the engine's images), the platform's Service in that
 * namespace that the app's Ingress sends everything but {@code /api} to (static files and
 * the data API are the platform's; an Ingress reaches Services of its own namespace only,
 * so an ExternalName Service can stand for a platform elsewhere), how long a rollout may
 * take, and the API server (unset: the client's own configuration, the pod's service
 * account in a cluster, else {@code ~/.kube/config}).
 */
@ConfigurationProperties("faibric.kubernetes")
public record KubernetesSettings(String namespace, Integer replicas, String cpuRequest, String cpuLimit,
        String memoryRequest, String memoryLimit, @Nullable String ingressClassName, @Nullable String registry,
        String platformService, Integer platformPort, Duration rolloutTimeout, @Nullable String masterUrl) {

    public KubernetesSettings {
        namespace = text(namespace, "faibric-apps");
        replicas = replicas == null || replicas <= 0 ? 2 : replicas;
        cpuRequest = text(cpuRequest, "100m");
        cpuLimit = text(cpuLimit, "500m");
        memoryRequest = text(memoryRequest, "128Mi");
        memoryLimit = text(memoryLimit, "256Mi");
        ingressClassName = optional(ingressClassName);
        registry = optional(registry);
        if (registry != null && registry.endsWith("/")) {
            registry = registry.substring(0, registry.length() - 1);
        }
        platformService = text(platformService, "faibric");
        platformPort = platformPort == null || platformPort <= 0 ? 80 : platformPort;
        rolloutTimeout = rolloutTimeout == null || rolloutTimeout.isNegative() || rolloutTimeout.isZero()
                ? Duration.ofSeconds(120) : rolloutTimeout;
        masterUrl = optional(masterUrl);
    }

    /** The defaults, as an empty environment gives them. */
    public static KubernetesSettings defaults() {
        return new KubernetesSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Where the cluster pulls an image from: under the registry, when one is set. */
    public String image(String reference) {
        return registry == null ? reference : registry + "/" + reference;
    }

    /** The platform as the app's server code reaches it from its pod. */
    public String platformUrl() {
        return "http://" + platformService + "." + namespace + ".svc.cluster.local"
                + (platformPort == 80 ? "" : ":" + platformPort);
    }

    private static String text(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
