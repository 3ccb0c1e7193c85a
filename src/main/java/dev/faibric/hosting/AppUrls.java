package dev.faibric.hosting;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Public URLs of deployed apps: each app on its own origin,
 * {@code http://<slug>.<apps domain>:<port>/}.
 */
@Component
public class AppUrls {

    private final String domain;

    private volatile int port = 8080;

    public AppUrls(HostingSettings settings) {
        this.domain = settings.appsDomain();
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    public String url(String slug) {
        return "http://" + slug + "." + domain + (port == 80 ? "" : ":" + port) + "/";
    }

    /** Where the preview of a version still being written is served. */
    public String previewUrl(String slug) {
        return url(slug + HostedApps.PREVIEW_SUFFIX);
    }

    /**
     * The same app on the platform's origin, for clients that cannot resolve the app's
     * host name.
     */
    public String pathUrl(String slug) {
        return AppHostFilter.PATH_PREFIX + slug + "/";
    }

}
