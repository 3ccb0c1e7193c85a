package dev.faibric.hosting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The on-disk layout of deployed apps: {@code <volume>/<slug>/v<n>/} holds one immutable
 * version, and {@code <volume>/<slug>/current} names the live one. A deployment writes a
 * staging directory, renames it into place, then replaces {@code current} with an atomic
 * rename, so a request never sees a half-written app. Previews of a version still being
 * written live beside them ({@code p<n>/}, named by {@code preview}) and are served under
 * a name of their own ({@link PreviewKeys}), so they never disturb the live app.
 */
@Component
public class HostedApps {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private static final int PREVIEWS_KEPT = 2;

    private static final Logger log = LoggerFactory.getLogger(HostedApps.class);

    private final Path volume;

    public HostedApps(HostingSettings settings) {
        this.volume = settings.appsVolume().toAbsolutePath().normalize();
    }

    /**
     * A fresh, empty directory to write a version into before {@link #publish} makes it
     * visible.
     */
    public Path stagingDirectory(String slug) {
        try {
            return Files.createDirectories(appDirectory(slug).resolve(".staging-" + UUID.randomUUID()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a node that died while writing left in the app's directory (staging
     * directories, half switched pointers, a version being replaced) is removed at the
     * app's next release, once it is clearly abandoned: older than this, as writing one
     * takes milliseconds.
     */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    /** What a deploy leaves beside the versions for a moment, by name. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(staging|leftover|current|preview)-[0-9a-f-]{36}");

    private static void removeAbandoned(Path app) throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (var entries = Files.list(app)) {
            for (Path entry : entries.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches()).toList()) {
                try {
                    if (Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                        deleteTree(entry);
                    }
                }
                catch (IOException gone) {
                    // another node cleaned it up first
                }
            }
        }
    }

    /**
     * Moves a fully written staging directory to its version's place and makes it the
     * live version. The live version is never replaced; a directory of the same number
     * that is not live is what a build that never finished left behind (its node died, or
     * the database forgot the version), and is replaced as a whole, never merged into.
     */
    public void publish(String slug, int version, Path staging) {
        Path app = appDirectory(slug);
        Path target = app.resolve("v" + version);
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (live(slug).filter(target::equals).isPresent()) {
                    throw new IllegalStateException("version " + version + " of " + slug + " is already deployed");
                }
                Path leftover = app.resolve(".leftover-" + UUID.randomUUID());
                move(target, leftover);
                deleteTree(leftover);
            }
            move(staging, target);
            Path pointer = app.resolve(".current-" + UUID.randomUUID());
            Files.writeString(pointer, "v" + version, StandardCharsets.UTF_8);
            move(pointer, app.resolve("current"));
            removeAbandoned(app);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a fully written staging directory the app's preview; older previews are
     * removed, the live version is untouched.
     */
    public void publishPreview(String slug, Path staging) {
        Path app = appDirectory(slug);
        try {
            long number;
            try (var entries = Files.list(app)) {
                number = entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("p\\d+"))
                    .mapToLong(n -> Long.parseLong(n.substring(1)))
                    .max()
                    .orElse(0) + 1;
            }
            move(staging, app.resolve("p" + number));
            Path pointer = app.resolve(".preview-" + UUID.randomUUID());
            Files.writeString(pointer, "p" + number, StandardCharsets.UTF_8);
            move(pointer, app.resolve("preview"));
            deleteOlderPreviews(app, number - PREVIEWS_KEPT);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes an app off the volume, every version and preview with it: its directory is
     * first renamed out of the apps' names, so nothing of it is served from then on, and
     * then deleted. An app that has no directory is left as it is.
     */
    public void remove(String slug) {
        Path app = appDirectory(slug);
        Path removed = volume.resolve(".removed-" + UUID.randomUUID());
        try {
            move(app, removed);
        }
        catch (NoSuchFileException never) {
            return;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(removed);
    }

    /** The directory of the live version of an app. */
    public Optional<Path> live(String slug) {
        return pointedTo(slug, "current");
    }

    /**
     * The directory of one version of an app, whether or not it is live; empty for a
     * version that was never deployed.
     */
    public Optional<Path> version(String slug, int number) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Path dir = volume.resolve(slug).resolve("v" + number);
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? Optional.of(dir) : Optional.empty();
    }

    /** The directory of an app's preview. */
    public Optional<Path> preview(String slug) {
        return pointedTo(slug, "preview");
    }

    private Optional<Path> pointedTo(String slug, String pointer) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        Path app = volume.resolve(slug);
        try {
            String current = Files.readString(app.resolve(pointer), StandardCharsets.UTF_8).strip();
            Path dir = app.resolve(current).normalize();
            return dir.startsWith(app) && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path appDirectory(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("invalid app slug: " + slug);
        }
        return volume.resolve(slug);
    }

    private static void deleteOlderPreviews(Path app, long upTo) throws IOException {
        try (var entries = Files.list(app)) {
            for (Path old : entries
                .filter(p -> p.getFileName().toString().matches("p\\d+")
                        && Long.parseLong(p.getFileName().toString().substring(1)) <= upTo)
                .toList()) {
                deleteTree(old);
            }
        }
    }

    /**
     * Only ever removes what is no longer served (a replaced leftover, an old preview, an
     * abandoned staging directory), so a failure must not fail the release that asked for
     * it: what is left matches the same patterns and is removed by a later release.
     */
    private static void deleteTree(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        }
        catch (NoSuchFileException gone) {
            // another node is removing the same tree
        }
        catch (IOException e) {
            log.warn("Could not remove {} yet: {}", dir, e.toString());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
