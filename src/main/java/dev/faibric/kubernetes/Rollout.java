package dev.faibric.kubernetes;

import dev.faibric.deploy.DeployLog;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Watches a Deployment until its new pods are all ready: the controller has seen the
 * latest spec ({@code observedGeneration} at least {@code generation}) and as many pods
 * are updated and ready as the spec asks for. It stops early when Kubernetes gives up on
 * the rollout (its progress deadline) or a pod of the version cannot start (its image
 * cannot be pulled, its container keeps crashing), and says what it sees on the way.
 */
final class Rollout {

    /** Container states that do not heal by waiting. */
    static final Set<String> STUCK = Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "InvalidImageName",
            "CreateContainerConfigError", "CreateContainerError");

    private final Duration poll;

    Rollout(Duration poll) {
        this.poll = poll;
    }

    /** Why the version did not become ready in time, or nothing when it did. */
    Optional<String> await(KubernetesClient client, String namespace, String name, int version, Duration timeout,
            DeployLog log) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String said = "";
        while (true) {
            Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
            if (deployment == null) {
                return Optional.of("the Deployment " + name + " is gone");
            }
            if (ready(deployment)) {
                return Optional.empty();
            }
            Optional<String> problem = stalled(deployment).or(() -> stuckPod(client, namespace, name, version));
            if (problem.isPresent()) {
                return problem;
            }
            String progress = progress(deployment, version);
            if (!progress.equals(said)) {
                log.line(progress);
                said = progress;
            }
            if (System.nanoTime() >= deadline) {
                return Optional.of("v" + version + " was not ready after " + timeout.toSeconds() + "s ("
                        + said.substring(said.indexOf(':') + 2) + ")");
            }
            Thread.sleep(poll);
        }
    }

    static boolean ready(Deployment deployment) {
        DeploymentStatus status = deployment.getStatus();
        if (status == null || status.getObservedGeneration() == null) {
            return false;
        }
        long generation = Objects.requireNonNullElse(deployment.getMetadata().getGeneration(), 1L);
        int wanted = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        return status.getObservedGeneration() >= generation && count(status.getUpdatedReplicas()) == wanted
                && count(status.getReadyReplicas()) == wanted && count(status.getReplicas()) == wanted;
    }

    private static Optional<String> stalled(Deployment deployment) {
        DeploymentStatus status = deployment.getStatus();
        if (status == null || status.getConditions() == null) {
            return Optional.empty();
        }
        return status.getConditions()
            .stream()
            .filter(c -> "Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason()))
            .map(DeploymentCondition::getMessage)
            .map(message -> "Kubernetes gave up on the rollout: " + message)
            .findFirst();
    }

    private static Optional<String> stuckPod(KubernetesClient client, String namespace, String name, int version) {
        String wanted = Integer.toString(version);
        for (Pod pod : client.pods()
            .inNamespace(namespace)
            .withLabel(AppManifests.NAME_LABEL, name)
            .list()
            .getItems()) {
            if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                    || !wanted
                        .equals(Objects.requireNonNullElse(pod.getMetadata().getAnnotations(), Map.<String, String>of())
                            .get(AppManifests.VERSION_ANNOTATION))) {
                continue;
            }
            for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
                if (container.getState() != null && container.getState().getWaiting() != null
                        && STUCK.contains(container.getState().getWaiting().getReason())) {
                    String message = container.getState().getWaiting().getMessage();
                    return Optional.of("pod " + pod.getMetadata().getName() + " cannot start: "
                            + container.getState().getWaiting().getReason()
                            + (message == null ? "" : " (" + message + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private static String progress(Deployment deployment, int version) {
        DeploymentStatus status = deployment.getStatus();
        int wanted = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
        int updated = status == null ? 0 : count(status.getUpdatedReplicas());
        int ready = status == null ? 0 : count(status.getReadyReplicas());
        return "Rolling out v" + version + ": " + updated + " of " + wanted + " pods updated, " + ready + " ready";
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

}
