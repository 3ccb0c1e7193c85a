package dev.faibric.container;

import com.github.dockerjava.api.exception.DockerException;
import dev.faibric.deploy.DeployLog;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.ImageBuilder;
import dev.faibric.deploy.ServerRelease;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the image of one version of an app's server code: the base image (a Node
 * runtime, in the engine's cache) plus one layer with the app's files, so a build copies
 * only the app. Nothing is pulled: a missing base image is an error that says how to make
 * one.
 */
@Component
class DockerImages implements ImageBuilder {

    private static final Logger log = LoggerFactory.getLogger(DockerImages.class);

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(2);

    private final DockerEngine engine;

    private final DockerSettings settings;

    DockerImages(DockerEngine engine, DockerSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    static String tag(ServerRelease release) {
        return release.name() + ":v" + release.version();
    }

    @Override
    public String build(ServerRelease release, DeployLog deployLog) throws DeploymentException {
        String tag = tag(release);
        try {
            if (!engine.hasImage(settings.baseImage())) {
                throw new DeploymentException(List.of("the Docker tier's base image " + settings.baseImage()
                        + " is not on this engine (Faibric never pulls images): build it with "
                        + "deploy/docker/node-base-image.sh, or set FAIBRIC_DOCKER_BASE_IMAGE"));
            }
            deployLog.line("Building image " + tag + " on " + settings.baseImage());
            engine.build(context(release), tag, Map.of(DockerEngine.APP_LABEL, release.slug(),
                    DockerEngine.VERSION_LABEL, String.valueOf(release.version())), line -> {
                        if (line.startsWith("Step ")) {
                            deployLog.line(line);
                        }
                    }, BUILD_TIMEOUT);
            return tag;
        }
        catch (DockerException | IllegalStateException e) {
            log.warn("Building {} failed", tag, e);
            throw new DeploymentException(List.of("the image of version " + release.version() + " could not be built: "
                    + e.getMessage() + "; the previous version stays live"));
        }
    }

    /** The build context: a Dockerfile and the app's files under {@code app/}. */
    byte[] context(ServerRelease release) {
        String dockerfile = """
                FROM %s
                WORKDIR /app
                COPY app/ /app/
                USER %s
                ENV NODE_ENV=production
                CMD ["node", "/app/faibric-server.mjs"]
                """.formatted(settings.baseImage(), DockerEngine.USER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            add(tar, "Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : release.files().entrySet()) {
                add(tar, "app/" + file.getKey(), file.getValue());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

}
