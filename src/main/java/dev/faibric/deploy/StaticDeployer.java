package dev.faibric.deploy;

import dev.faibric.hosting.AppUrls;
import dev.faibric.hosting.HostedApps;
import dev.faibric.project.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Deploys a frontend-only app in milliseconds: every module is transpiled to browser
 * JavaScript, written with an {@code index.html} (import map + bootstrap) into a new
 * version directory, and that directory becomes the live one in a single atomic switch.
 */
@Component
class StaticDeployer implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(StaticDeployer.class);

    private final BrowserFiles browserFiles;

    private final HostedApps apps;

    private final AppUrls urls;

    StaticDeployer(BrowserFiles browserFiles, HostedApps apps, AppUrls urls) {
        this.browserFiles = browserFiles;
        this.apps = apps;
        this.urls = urls;
    }

    @Override
    public Deployment deploy(AppRelease release) throws DeploymentException {
        long started = System.nanoTime();
        write(release, staging -> apps.publish(release.slug(), release.version(), staging));
        return new Deployment(release.slug(), release.version(), urls.url(release.slug()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Deployment preview(AppRelease release) throws DeploymentException {
        long started = System.nanoTime();
        write(release, staging -> apps.publishPreview(release.slug(), staging));
        return new Deployment(release.slug(), release.version(), urls.previewUrl(release.slug()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Transpiles and writes every file to a staging directory, then hands it to
     * {@code publish}.
     */
    private void write(AppRelease release, Consumer<Path> publish) throws DeploymentException {
        List<SourceFile> output = browserFiles.of(release.title(), release.files(), release.variables());
        Path staging = apps.stagingDirectory(release.slug());
        try {
            for (SourceFile file : output) {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            publish.accept(staging);
        }
        catch (IllegalStateException e) {
            // Ours, in words for the user (a version already live, say).
            deleteQuietly(staging);
            throw new DeploymentException(
                    List.of("could not write version " + release.version() + ": " + e.getMessage()));
        }
        catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            // The cause (a path on the server, an exception) is for the log, not the
            // user.
            log.error("Could not write version {} of {}", release.version(), release.slug(), e);
            throw new DeploymentException(List.of("could not write version " + release.version()
                    + " to the server's disk; the previous version stays live"));
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        }
        catch (IOException ignored) {
            // a leftover staging directory is never served
        }
    }

}
