package dev.faibric.hosting;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a name under the apps domain serves. The app's slug is its live version; the slug
 * with a preview key ({@link PreviewKeys}) is the version still being written;
 * {@code v<n>--<slug>} is version {@code n}, at an address that never changes. Slugs
 * never hold two dashes in a row, so the three cannot be confused.
 */
@Component
public class AppNames {

    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,5})--(.+)");

    private final PreviewKeys previews;

    private final HostedApps apps;

    AppNames(PreviewKeys previews, HostedApps apps) {
        this.previews = previews;
        this.apps = apps;
    }

    /** The name version {@code number} of an app is served under. */
    public static String versionName(String slug, int number) {
        return "v" + number + "--" + slug;
    }

    /** The app a name belongs to, whichever of its versions it serves. */
    public String slugOf(String name) {
        return previews.previewOf(name).or(() -> versionOf(name).map(Version::slug)).orElse(name);
    }

    /** The directory of what a name serves, if it is deployed. */
    Optional<Path> directory(String name) {
        Optional<String> preview = previews.previewOf(name);
        if (preview.isPresent()) {
            return apps.preview(preview.get());
        }
        return versionOf(name).map(v -> apps.version(v.slug(), v.number())).orElseGet(() -> apps.live(name));
    }

    private static Optional<Version> versionOf(String name) {
        Matcher matcher = VERSION.matcher(name);
        return matcher.matches() ? Optional.of(new Version(matcher.group(2), Integer.parseInt(matcher.group(1))))
                : Optional.empty();
    }

    private record Version(String slug, int number) {
    }

}
