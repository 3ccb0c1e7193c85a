package dev.faibric.hosting;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where deployed apps live on disk ({@code STATIC_APPS_VOLUME}) and the domain they are
 * served under ({@code FAIBRIC_APPS_DOMAIN}): app {@code tip-calc-x1} is at
 * {@code http://tip-calc-x1.<domain>:<port>/}.
 */
@ConfigurationProperties("faibric.hosting")
public record HostingSettings(Path appsVolume, String appsDomain) {

    public HostingSettings {
        appsVolume = appsVolume == null || appsVolume.toString().isBlank() ? Path.of("data", "apps") : appsVolume;
        appsDomain = appsDomain == null || appsDomain.isBlank() ? "apps.localhost"
                : appsDomain.toLowerCase(Locale.ROOT);
    }
}
