package dev.faibric.hosting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The on-disk layout of deployed apps: {@code <volume>/<slug>/v<n>/} holds one immutable version,
 * and {@code <volume>/<slug>/current} names the live one. A deployment writes a staging directory,
 * renames it into place, then replaces {@code current} with an atomic rename, so a request never
 * sees a half-written app.
 */
@Component
public class HostedApps {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private final Path volume;

    public HostedApps(HostingSettings settings) {
        this.volume = settings.appsVolume().toAbsolutePath().normalize();
    }

    /** A fresh, empty directory to write a version into before {@link #publish} makes it visible. */
    public Path stagingDirectory(String slug) {
        try {
            return Files.createDirectories(appDirectory(slug).resolve(".staging-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a fully written staging directory to its version's place and makes it the live version. */
    public void publish(String slug, int version, Path staging) {
        Path app = appDirectory(slug);
        Path target = app.resolve("v" + version);
        try {
            if (Files.exists(target)) {
                throw new IllegalStateException("version " + version + " of " + slug + " is already deployed");
            }
            move(staging, target);
            Path pointer = app.resolve(".current-" + UUID.randomUUID());
            Files.writeString(pointer, "v" + version, StandardCharsets.UTF_8);
            move(pointer, app.resolve("current"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the live version of an app, if it has one. */
    public Optional<Path> live(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Path app = volume.resolve(slug);
        try {
            String current = Files.readString(app.resolve("current"), StandardCharsets.UTF_8).strip();
            Path dir = app.resolve(current).normalize();
            return dir.startsWith(app) && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path appDirectory(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("invalid app slug: " + slug);
        }
        return volume.resolve(slug);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
