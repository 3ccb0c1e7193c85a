package dev.faibric.hosting;

import dev.faibric.platform.StartupFact;
import java.nio.file.Path;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Public URLs of deployed apps: each app on its own origin,
 * {@code http://<slug>.<apps domain>:<port>/}.
 */
@Component
public class AppUrls implements StartupFact {

    private final String domain;

    private final Path volume;

    private volatile int port = 8080;

    private final PreviewKeys previews;

    public AppUrls(HostingSettings settings, PreviewKeys previews) {
        this.domain = settings.appsDomain();
        this.previews = previews;
        this.volume = settings.appsVolume().toAbsolutePath().normalize();
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** The app's host name, as its requests name it ({@code Host}, without the port). */
    public String host(String slug) {
        return slug + "." + domain;
    }

    /** The port this node serves on, once it does. */
    public int port() {
        return port;
    }

    public String url(String slug) {
        return "http://" + slug + "." + domain + (port == 80 ? "" : ":" + port) + "/";
    }

    /** Where one version of an app is served, whichever version is live. */
    public String versionUrl(String slug, int number) {
        return url(AppNames.versionName(slug, number));
    }

    /** Where the preview of a version still being written is served. */
    public String previewUrl(String slug) {
        return url(previews.previewName(slug));
    }

    /**
     * The same app on the platform's origin, for clients that cannot resolve the app's
     * host name.
     */
    public String pathUrl(String slug) {
        return AppHostFilter.PATH_PREFIX + slug + "/";
    }

    /** Where apps are written and served, for the start-up report. */
    @Override
    public String describe() {
        return "Apps: written to " + volume + ", served at " + url("<slug>") + " and " + pathUrl("<slug>");
    }

}
