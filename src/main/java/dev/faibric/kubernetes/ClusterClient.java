package dev.faibric.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The connection to the cluster, opened on first use: a Faibric that never deploys to
 * Kubernetes never looks for one. It is closed with the application only if it was opened
 * here (a client handed in belongs to whoever made it).
 */
final class ClusterClient implements AutoCloseable {

    private final Supplier<KubernetesClient> connect;

    private final boolean owned;

    private @Nullable KubernetesClient client;

    private ClusterClient(Supplier<KubernetesClient> connect, boolean owned) {
        this.connect = connect;
        this.owned = owned;
    }

    /**
     * The cluster the settings name, or the client's own configuration: the pod's service
     * account in a cluster, else the kubeconfig.
     */
    static ClusterClient configured(KubernetesSettings settings) {
        return new ClusterClient(() -> {
            Config config = Config.autoConfigure(null);
            if (settings.masterUrl() != null) {
                config = new ConfigBuilder(config).withMasterUrl(settings.masterUrl()).build();
            }
            return new KubernetesClientBuilder().withConfig(config).build();
        }, true);
    }

    static ClusterClient of(KubernetesClient client) {
        return new ClusterClient(() -> client, false);
    }

    synchronized KubernetesClient get() {
        KubernetesClient opened = client;
        if (opened == null) {
            opened = connect.get();
            client = opened;
        }
        return opened;
    }

    @Override
    public synchronized void close() {
        if (owned && client != null) {
            client.close();
        }
        client = null;
    }

}
