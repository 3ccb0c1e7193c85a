package dev.faibric.kubernetes;

import dev.faibric.deploy.ServerRelease;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pods of one version: the app's image as user 10001 on a read-only root with a
 * writable {@code /tmp}, no privileges, no service account token, its environment plain
 * and its secrets from the Secret, and probes on {@code /_health}. The image and the
 * version annotation are in the template, so every version rolls out a new ReplicaSet.
 */
final class AppPods {

    static final long USER = 10001;

    private AppPods() {
    }

    static PodTemplateSpec template(ServerRelease release, String image, KubernetesSettings settings,
            Map<String, String> labels, String secretName) {
        return new PodTemplateSpecBuilder().withNewMetadata()
            .withLabels(labels)
            .addToAnnotations(AppManifests.VERSION_ANNOTATION, Integer.toString(release.version()))
            .endMetadata()
            .withNewSpec()
            .withAutomountServiceAccountToken(false)
            .withEnableServiceLinks(false)
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withRunAsUser(USER)
            .withRunAsGroup(USER)
            .withFsGroup(USER)
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .endSecurityContext()
            .addNewContainer()
            .withName("server")
            .withImage(image)
            .withImagePullPolicy("IfNotPresent")
            .addNewPort()
            .withName("http")
            .withContainerPort(AppManifests.CONTAINER_PORT)
            .withProtocol("TCP")
            .endPort()
            .withEnv(environment(release))
            .addNewEnvFrom()
            .withNewSecretRef()
            .withName(secretName)
            .endSecretRef()
            .endEnvFrom()
            .withStartupProbe(health(2, 1, 60))
            .withReadinessProbe(health(5, 2, 3))
            .withLivenessProbe(health(10, 2, 3))
            .withNewResources()
            .addToRequests("cpu", new Quantity(settings.cpuRequest()))
            .addToRequests("memory", new Quantity(settings.memoryRequest()))
            .addToLimits("cpu", new Quantity(settings.cpuLimit()))
            .addToLimits("memory", new Quantity(settings.memoryLimit()))
            .endResources()
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withRunAsUser(USER)
            .withReadOnlyRootFilesystem(true)
            .withAllowPrivilegeEscalation(false)
            .withNewCapabilities()
            .addToDrop("ALL")
            .endCapabilities()
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .endSecurityContext()
            .addNewVolumeMount()
            .withName("tmp")
            .withMountPath("/tmp")
            .endVolumeMount()
            .endContainer()
            .addNewVolume()
            .withName("tmp")
            .withNewEmptyDir()
            .withSizeLimit(new Quantity("64Mi"))
            .endEmptyDir()
            .endVolume()
            .endSpec()
            .build();
    }

    /**
     * {@code PORT} and {@code HOST} for the pod, then the release's plain variables by
     * name; never a secret's name, which the Secret supplies.
     */
    static List<EnvVar> environment(ServerRelease release) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar("PORT", Integer.toString(AppManifests.CONTAINER_PORT), null));
        env.add(new EnvVar("HOST", "0.0.0.0", null));
        new TreeMap<>(release.environment()).forEach((name, value) -> {
            if (!name.equals("PORT") && !name.equals("HOST") && !release.secrets().containsKey(name)) {
                env.add(new EnvVar(name, value, null));
            }
        });
        return env;
    }

    private static Probe health(int periodSeconds, int timeoutSeconds, int failureThreshold) {
        return new ProbeBuilder().withNewHttpGet()
            .withPath("/_health")
            .withPort(new IntOrString("http"))
            .endHttpGet()
            .withPeriodSeconds(periodSeconds)
            .withTimeoutSeconds(timeoutSeconds)
            .withFailureThreshold(failureThreshold)
            .build();
    }

}
