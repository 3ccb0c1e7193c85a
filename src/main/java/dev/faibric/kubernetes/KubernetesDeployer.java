package dev.faibric.kubernetes;

import dev.faibric.deploy.DeployLog;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.ImageBuilder;
import dev.faibric.deploy.ServerDeployment;
import dev.faibric.deploy.ServerRelease;
import dev.faibric.deploy.ServerTier;
import dev.faibric.deploy.Tier;
import dev.faibric.hosting.HostingSettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs an app's server code on Kubernetes: builds the version's image, applies its
 * Secret, Service, Deployment and Ingress in the apps' namespace, and waits until the
 * Deployment has rolled out (old pods keep serving until as many new ones are ready). A
 * version that is not ready within the rollout timeout, or that Kubernetes refuses, puts
 * the objects of the version that was live back (an app without one loses its objects)
 * and throws. The cluster is reached on first use, so Faibric starts without one.
 */
@Component
public class KubernetesDeployer implements ServerTier, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KubernetesDeployer.class);

    private static final Duration POLL = Duration.ofMillis(500);

    private final KubernetesSettings settings;

    private final String appsDomain;

    private final ImageBuilder images;

    private final ClusterClient cluster;

    private final Rollout rollout;

    @Autowired
    KubernetesDeployer(KubernetesSettings settings, HostingSettings hosting, ObjectProvider<ImageBuilder> images) {
        this(settings, hosting.appsDomain(), (release, progress) -> {
            ImageBuilder builder = images.getIfAvailable();
            if (builder == null) {
                throw new DeploymentException(
                        List.of("No image builder: the Kubernetes tier runs images the Docker tier builds"));
            }
            return builder.build(release, progress);
        }, ClusterClient.configured(settings), POLL);
    }

    /** On a cluster this client reaches (which stays its owner's to close). */
    public KubernetesDeployer(KubernetesSettings settings, String appsDomain, ImageBuilder images,
            KubernetesClient client) {
        this(settings, appsDomain, images, ClusterClient.of(client), Duration.ofMillis(100));
    }

    private KubernetesDeployer(KubernetesSettings settings, String appsDomain, ImageBuilder images,
            ClusterClient cluster, Duration poll) {
        this.settings = settings;
        this.appsDomain = appsDomain;
        this.images = images;
        this.cluster = cluster;
        this.rollout = new Rollout(poll);
    }

    @Override
    public Tier tier() {
        return Tier.KUBERNETES;
    }

    @Override
    public ServerDeployment deploy(ServerRelease given, DeployLog log) throws DeploymentException {
        long started = System.nanoTime();
        // In the cluster, the data API is the platform's Service, not the node that
        // deploys.
        Map<String, String> environment = new TreeMap<>(given.environment());
        environment.put("FAIBRIC_DATA_URL", settings.platformUrl());
        ServerRelease release = new ServerRelease(given.projectId(), given.slug(), given.version(), given.files(),
                environment, given.secrets());
        String image = settings.image(images.build(release, log));
        ClusterObjects objects = objects();
        List<HasMetadata> previous;
        try {
            previous = objects.live(release.name());
        }
        catch (KubernetesClientException e) {
            throw new DeploymentException(List.of("Cannot read the app's objects: " + refused(e)));
        }
        Optional<String> problem = rollOut(objects, release, image, log);
        if (problem.isEmpty()) {
            log.line("v" + release.version() + " is ready: " + settings.replicas() + " of " + settings.replicas()
                    + " pods");
            return deployed(release, started);
        }
        String outcome = restore(objects, release, previous, log);
        throw new DeploymentException(List.of(problem.get(), outcome));
    }

    /**
     * Puts an earlier version back: its objects, with the image it was built as, applied
     * and rolled out like a new version.
     */
    public ServerDeployment rollback(ServerRelease previous, String image, DeployLog log) throws DeploymentException {
        long started = System.nanoTime();
        log.line("Rolling back to v" + previous.version());
        Optional<String> problem = rollOut(objects(), previous, settings.image(image), log);
        if (problem.isPresent()) {
            throw new DeploymentException(
                    List.of("Rolling back to v" + previous.version() + " failed: " + problem.get()));
        }
        return deployed(previous, started);
    }

    @Override
    public void remove(String slug) {
        String name = AppManifests.name(slug);
        new ClusterObjects(cluster.get(), settings.namespace()).delete(name);
        log.info("Removed {} from namespace {}", name, settings.namespace());
    }

    @Override
    public void destroy() {
        cluster.close();
    }

    private Optional<String> rollOut(ClusterObjects objects, ServerRelease release, String image, DeployLog log)
            throws DeploymentException {
        AppManifests manifests = AppManifests.of(release, image, settings, appsDomain);
        log.line("Applying " + release.name() + " v" + release.version() + " (" + image + ") in namespace "
                + settings.namespace());
        try {
            objects.apply(manifests.all());
            return rollout.await(cluster.get(), settings.namespace(), release.name(), release.version(),
                    settings.rolloutTimeout(), log);
        }
        catch (KubernetesClientException e) {
            return Optional.of(refused(e));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the rollout of v" + release.version() + " was interrupted");
        }
    }

    /** Puts the objects that were live back, or removes the new ones if none were. */
    private String restore(ClusterObjects objects, ServerRelease release, List<HasMetadata> previous, DeployLog log) {
        try {
            if (previous.isEmpty()) {
                objects.delete(release.name());
                log.line("Removed the objects of v" + release.version() + ": no version was live before it");
                return "nothing was live before v" + release.version() + ", so its objects were removed";
            }
            objects.apply(previous);
            String version = ClusterObjects.version(previous).orElse("?");
            log.line("Rolled back to v" + version);
            return "rolled back to v" + version + ", which keeps serving";
        }
        catch (KubernetesClientException e) {
            KubernetesDeployer.log.warn("Could not restore {} after v{} failed: {}", release.name(), release.version(),
                    refused(e));
            return "putting the previous version back failed too: " + refused(e);
        }
    }

    private ServerDeployment deployed(ServerRelease release, long started) {
        URI upstream = URI.create("http://" + release.name() + "." + settings.namespace() + ".svc.cluster.local");
        return new ServerDeployment(release.slug(), release.version(), Tier.KUBERNETES, upstream,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private ClusterObjects objects() throws DeploymentException {
        try {
            return new ClusterObjects(cluster.get(), settings.namespace());
        }
        catch (KubernetesClientException e) {
            throw new DeploymentException(List.of("Cannot reach the Kubernetes cluster: " + refused(e)));
        }
    }

    /**
     * What Kubernetes said, without the object sent (a Secret's values never leave this
     * class).
     */
    static String refused(KubernetesClientException e) {
        String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : e.getMessage();
        return e.getCode() > 0 ? "Kubernetes answered " + e.getCode() + ": " + message : message;
    }

}
