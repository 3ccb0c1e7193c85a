package dev.faibric.container;

import com.github.dockerjava.api.exception.DockerException;
import dev.faibric.deploy.DeployLog;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.ServerDeployment;
import dev.faibric.deploy.ServerRelease;
import dev.faibric.deploy.ServerTier;
import dev.faibric.deploy.Tier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The seed's Docker deployer: each version of an app's server code gets its own image and
 * container, started beside the live one on a port of its own; only once it answers its
 * health check does traffic switch to it, and only then is the previous container
 * stopped. A version that fails to build, to start or to become healthy is removed, and
 * the live one goes on serving.
 */
@Component
class DockerServers implements ServerTier {

    private static final Logger log = LoggerFactory.getLogger(DockerServers.class);

    /** The label with the port a container serves on: what tells the live one apart. */
    static final String PORT_LABEL = "dev.faibric.port";

    /**
     * How often a server whose port was taken before it could listen is started again.
     */
    private static final int PORT_ATTEMPTS = 3;

    private final DockerEngine engine;

    private final DockerImages images;

    private final DockerSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    DockerServers(DockerEngine engine, DockerImages images, DockerSettings settings) {
        this.engine = engine;
        this.images = images;
        this.settings = settings;
    }

    @Override
    public Tier tier() {
        return Tier.DOCKER;
    }

    @Override
    public ServerDeployment deploy(ServerRelease release, DeployLog deployLog) throws DeploymentException {
        long started = System.nanoTime();
        String image = images.build(release, deployLog);
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            String id = start(release, image, port);
            deployLog.line("Started version " + release.version() + "'s container on port " + port
                    + "; waiting for it to answer its health check");
            URI upstream = URI.create("http://127.0.0.1:" + port);
            String failure = awaitHealthy(id, upstream);
            if (failure == null) {
                engine.output(id, 10).forEach(line -> deployLog.line("server: " + line));
                deployLog.line("Version " + release.version() + "'s server is healthy");
                return new ServerDeployment(release.slug(), release.version(), Tier.DOCKER, upstream,
                        Duration.ofNanos(System.nanoTime() - started));
            }
            List<String> output = engine.output(id, 20);
            engine.remove(id);
            if (attempt < PORT_ATTEMPTS && output.stream().anyMatch(line -> line.contains("EADDRINUSE"))) {
                // Another process bound the port between our check and the server's
                // listen.
                deployLog.line("Port " + port + " was taken before the server could listen on it; trying another");
                continue;
            }
            output.forEach(line -> deployLog.line("server: " + line));
            throw new DeploymentException(List.of("version " + release.version() + "'s server " + failure
                    + (output.isEmpty() ? "" : " (it said: " + telling(output) + ")")
                    + "; the previous version stays live"));
        }
    }

    /** Starts the version's container serving on the port; its id. */
    private String start(ServerRelease release, String image, int port) throws DeploymentException {
        List<String> environment = new ArrayList<>();
        Map<String, String> variables = new TreeMap<>(release.environment());
        variables.putAll(release.secrets());
        if (!settings.platformUrl().isEmpty()) {
            variables.put("FAIBRIC_DATA_URL", settings.platformUrl());
        }
        variables.put("PORT", String.valueOf(port));
        variables.put("HOST", "127.0.0.1");
        variables.forEach((name, value) -> environment.add(name + "=" + value));
        String name = release.name() + "-v" + release.version() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
        try {
            return engine.start(new DockerEngine.Run(name, image, environment,
                    Map.of(DockerEngine.APP_LABEL, release.slug(), DockerEngine.VERSION_LABEL,
                            String.valueOf(release.version()), PORT_LABEL, String.valueOf(port))));
        }
        catch (DockerException e) {
            log.warn("Starting {} failed", name, e);
            throw new DeploymentException(List.of("version " + release.version() + "'s container could not start: "
                    + e.getMessage() + "; the previous version stays live"));
        }
    }

    @Override
    public void retire(ServerDeployment live) {
        String port = String.valueOf(live.upstream().getPort());
        try {
            engine.containers(live.slug()).forEach((id, labels) -> {
                if (!port.equals(labels.get(PORT_LABEL))) {
                    engine.remove(id);
                }
            });
            List<Map.Entry<String, Integer>> images = new ArrayList<>(engine.images(live.slug()).entrySet());
            images.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
            for (int i = 0; i < images.size(); i++) {
                if (images.get(i).getValue() != live.version() && i >= settings.keepImages()) {
                    engine.removeImage(images.get(i).getKey());
                }
            }
        }
        catch (DockerException e) {
            log.warn("Could not clean up the earlier containers of {}: {}", live.slug(), e.getMessage());
        }
    }

    @Override
    public void remove(String slug) {
        engine.containers(slug).keySet().forEach(engine::remove);
        engine.images(slug).keySet().forEach(engine::removeImage);
    }

    /**
     * Waits until the server answers {@code /_health}; the reason it did not, or null
     * when it did.
     */
    private String awaitHealthy(String id, URI upstream) {
        long deadline = System.nanoTime() + settings.healthTimeout().toNanos();
        HttpRequest probe = HttpRequest.newBuilder(upstream.resolve("/_health")).timeout(Duration.ofSeconds(1)).build();
        int attempt = 0;
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return null;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "was interrupted while starting";
            }
            if (++attempt % 5 == 0 && !engine.running(id)) {
                return "exited while starting";
            }
            try {
                Thread.sleep(attempt < 20 ? 25 : 200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "was interrupted while starting";
            }
        }
        return "did not answer its health check within " + settings.healthTimeout().toSeconds() + " s";
    }

    /** The line of a failed server's output that says most: its error, else its last. */
    private static String telling(List<String> output) {
        return output.stream()
            .flatMap(String::lines)
            .filter(line -> line.contains("Error") || line.contains("error"))
            .reduce((first, second) -> first)
            .orElse(output.getLast())
            .strip();
    }

    /**
     * A port nothing listens on, below Linux's ephemeral range (32768 and up) so that the
     * outgoing connections of this host cannot be given it before the server binds it.
     */
    private static int freePort() throws DeploymentException {
        for (int tries = 0; tries < 50; tries++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
            catch (IOException taken) {
                // try another
            }
        }
        throw new DeploymentException(List.of("no free port for the app's server between 20000 and 32767"));
    }

}
