package dev.faibric.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Docker Engine API, as the Docker tier uses it: build an image from a context, run a
 * container of an app with its limits, look at it, read its output, stop and remove it,
 * find an app's containers and images by their labels. The client is made on first use,
 * so a Faibric whose apps never need a container starts without an engine.
 */
@Component
public class DockerEngine {

    /** The label naming the app of every container and image the tier makes. */
    public static final String APP_LABEL = "dev.faibric.app";

    /** The label naming the version. */
    public static final String VERSION_LABEL = "dev.faibric.version";

    /** The user app containers run as (not root, no home, no shell). */
    static final String USER = "10001:10001";

    private final DockerSettings settings;

    private volatile @Nullable DockerClient client;

    DockerEngine(DockerSettings settings) {
        this.settings = settings;
    }

    /** What a container of an app is started with. */
    record Run(String name, String image, List<String> environment, Map<String, String> labels) {
    }

    /** Whether the engine answers, and its version. */
    public Optional<String> version() {
        try {
            return Optional.of(client().versionCmd().exec().getVersion());
        }
        catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean hasImage(String image) {
        try {
            client().inspectImageCmd(image).exec();
            return true;
        }
        catch (NotFoundException e) {
            return false;
        }
    }

    /** Builds {@code context} (a tar with a Dockerfile) as {@code tag}, never pulling. */
    String build(byte[] context, String tag, Map<String, String> labels, Consumer<String> output, Duration timeout) {
        BuildImageResultCallback callback = client().buildImageCmd(new ByteArrayInputStream(context))
            .withTags(Set.of(tag))
            .withLabels(labels)
            .withPull(false)
            .withRemove(true)
            .exec(new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                    if (item.getStream() != null && !item.getStream().isBlank()) {
                        output.accept(item.getStream().strip());
                    }
                    super.onNext(item);
                }
            });
        return callback.awaitImageId(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Creates and starts a container of an app: host networking (it listens on loopback
     * only, on the port its environment names), a read-only root file system with a small
     * {@code /tmp}, no capabilities, no new privileges, not root, and the tier's memory,
     * CPU and process limits; restarted by the engine unless stopped.
     */
    String start(Run run) {
        long memory = settings.memory().toBytes();
        HostConfig host = HostConfig.newHostConfig()
            .withNetworkMode("host")
            .withMemory(memory)
            .withMemorySwap(memory)
            .withNanoCPUs((long) (settings.cpus() * 1_000_000_000L))
            .withPidsLimit(settings.pids())
            .withReadonlyRootfs(true)
            .withTmpFs(Map.of("/tmp", "rw,noexec,nosuid,size=16m"))
            .withCapDrop(Capability.ALL)
            .withSecurityOpts(List.of("no-new-privileges"))
            .withRestartPolicy(RestartPolicy.unlessStoppedRestart());
        String id = client().createContainerCmd(run.image())
            .withName(run.name())
            .withUser(USER)
            .withEnv(run.environment())
            .withLabels(run.labels())
            .withHostConfig(host)
            .exec()
            .getId();
        client().startContainerCmd(id).exec();
        return id;
    }

    /**
     * Whether the container is up and has not stopped since it started; false when it
     * exited (even if the engine is restarting it) or is gone.
     */
    boolean running(String id) {
        try {
            InspectContainerResponse container = client().inspectContainerCmd(id).exec();
            Integer restarts = container.getRestartCount();
            return Boolean.TRUE.equals(container.getState().getRunning())
                    && !Boolean.TRUE.equals(container.getState().getRestarting())
                    && (restarts == null || restarts == 0);
        }
        catch (NotFoundException e) {
            return false;
        }
    }

    /** What the engine knows of a container (its settings, its state). */
    InspectContainerResponse inspect(String id) {
        return client().inspectContainerCmd(id).exec();
    }

    /** The container's output so far (at most its last {@code lines} lines). */
    List<String> output(String id, int lines) {
        List<String> output = new ArrayList<>();
        try {
            client().logContainerCmd(id)
                .withStdOut(true)
                .withStdErr(true)
                .withTail(lines)
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        output.add(new String(frame.getPayload()).stripTrailing());
                    }
                })
                .awaitCompletion(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (DockerException e) {
            output.add("(the container's output could not be read: " + e.getMessage() + ")");
        }
        return output;
    }

    /** Stops (up to 5 s, then kills) and removes the container; gone already is fine. */
    void remove(String id) {
        try {
            client().removeContainerCmd(id).withForce(true).exec();
        }
        catch (NotFoundException e) {
            // already gone
        }
    }

    /** The app's containers, running or not, by id with their labels. */
    Map<String, Map<String, String>> containers(String slug) {
        List<Container> found = client().listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(Map.of(APP_LABEL, slug))
            .exec();
        return found.stream()
            .collect(Collectors.toMap(Container::getId, c -> c.getLabels() == null ? Map.of() : c.getLabels()));
    }

    /** The app's images, by id with their version. */
    Map<String, Integer> images(String slug) {
        List<Image> found = client().listImagesCmd().withLabelFilter(Map.of(APP_LABEL, slug)).exec();
        return found.stream().collect(Collectors.toMap(Image::getId, i -> version(i.getLabels()), (a, b) -> a));
    }

    void removeImage(String id) {
        try {
            client().removeImageCmd(id).withForce(true).exec();
        }
        catch (NotFoundException e) {
            // already gone
        }
    }

    private static int version(@Nullable Map<String, String> labels) {
        try {
            return labels == null ? 0 : Integer.parseInt(labels.getOrDefault(VERSION_LABEL, "0"));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    private DockerClient client() {
        DockerClient known = this.client;
        if (known == null) {
            synchronized (this) {
                known = this.client;
                if (known == null) {
                    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                        .withDockerHost(settings.host())
                        .build();
                    ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                        .dockerHost(config.getDockerHost())
                        .sslConfig(config.getSSLConfig())
                        .maxConnections(20)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .responseTimeout(Duration.ofMinutes(2))
                        .build();
                    known = DockerClientImpl.getInstance(config, http);
                    this.client = known;
                }
            }
        }
        return known;
    }

}
