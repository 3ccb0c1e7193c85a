package dev.faibric.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Kubernetes' Deployment controller would do, for the mock API server (which stores
 * objects and nothing more): every Deployment whose latest spec it has not seen gets a
 * status with all its pods updated and ready, unless its image is one that never gets
 * ready, whose rollout stays at one new pod not ready next to the old ones.
 */
final class DeploymentController implements AutoCloseable {

    private final KubernetesClient client;

    private final String namespace;

    private final Set<String> neverReady = ConcurrentHashMap.newKeySet();

    private final Thread thread;

    private volatile boolean running = true;

    DeploymentController(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
        this.thread = Thread.ofVirtual().name("deployment-controller").start(this::run);
    }

    /** Pods of this image never become ready. */
    void neverReady(String image) {
        neverReady.add(image);
    }

    private void run() {
        while (running) {
            try {
                round();
            }
            catch (KubernetesClientException e) {
                // Closing, or the server is busy: tried again on the next round.
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

    private void round() {
        for (Deployment deployment : client.apps().deployments().inNamespace(namespace).list().getItems()) {
            long generation = Objects.requireNonNullElse(deployment.getMetadata().getGeneration(), 1L);
            if (deployment.getStatus() != null && deployment.getStatus().getObservedGeneration() != null
                    && deployment.getStatus().getObservedGeneration() >= generation) {
                continue;
            }
            int replicas = deployment.getSpec().getReplicas();
            boolean stuck = neverReady
                .contains(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage());
            deployment.setStatus(new DeploymentStatusBuilder().withObservedGeneration(generation)
                .withReplicas(stuck ? replicas + 1 : replicas)
                .withUpdatedReplicas(stuck ? 1 : replicas)
                .withReadyReplicas(replicas)
                .withAvailableReplicas(replicas)
                .build());
            try {
                client.apps().deployments().inNamespace(namespace).resource(deployment).updateStatus();
            }
            catch (KubernetesClientException e) {
                // Changed meanwhile: seen again on the next round.
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }

}
