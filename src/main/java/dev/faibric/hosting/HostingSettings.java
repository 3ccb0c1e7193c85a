package dev.faibric.hosting;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where deployed apps live on disk ({@code STATIC_APPS_VOLUME}), the domain they are
 * served under ({@code FAIBRIC_APPS_DOMAIN}): app {@code tip-calc-x1} is at
 * {@code http://tip-calc-x1.<domain>:<port>/}, and the host names the platform itself
 * answers to ({@code FAIBRIC_PLATFORM_HOSTS}; {@code *} answers to any, which turns the
 * DNS-rebinding defence off).
 */
@ConfigurationProperties("faibric.hosting")
public record HostingSettings(Path appsVolume, String appsDomain, List<String> platformHosts) {

    public HostingSettings {
        appsVolume = appsVolume == null || appsVolume.toString().isBlank() ? Path.of("data", "apps") : appsVolume;
        appsDomain = appsDomain == null || appsDomain.isBlank() ? "apps.localhost"
                : appsDomain.toLowerCase(Locale.ROOT);
        platformHosts = platformHosts == null || platformHosts.stream().allMatch(String::isBlank)
                ? List.of("localhost", "127.0.0.1", "[::1]")
                : platformHosts.stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .filter(h -> !h.isEmpty())
                    .toList();
    }

    /**
     * The app a host name names ({@code <name>.<apps domain>}, one label before the
     * domain, compared without case), if it names one.
     */
    @Nullable String appName(@Nullable String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String suffix = "." + appsDomain;
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            return null;
        }
        String app = name.substring(0, name.length() - suffix.length());
        return app.indexOf('.') >= 0 ? null : app;
    }

    /**
     * The origins the platform's pages may have, as CSP sources: apps may be framed only
     * by these.
     */
    String platformSources() {
        if (platformHosts.contains("*")) {
            return "*";
        }
        StringBuilder sources = new StringBuilder();
        for (String host : platformHosts) {
            if (!host.startsWith("[")) {
                sources.append(" http://").append(host).append(":* https://").append(host).append(":*");
            }
        }
        return sources.toString().strip();
    }

}
