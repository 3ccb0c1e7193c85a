package dev.faibric.hosting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A request that arrived on a deployed app's own origin for the app's server side (the
 * data API and the app's sign-in, under {@value #API_PATH}), as {@link AppHostFilter}
 * found it: which app, whether by its preview name, and the origin the browser used.
 * Whatever answers such a request reads it from here and never from anything the client
 * sent, so an app can only ever reach its own data.
 *
 * @param slug the app's slug (a preview name is resolved to its app)
 * @param preview whether the request came by the app's preview name
 * @param origin the origin the app's pages have ({@code http://<name>.<domain>:<port>}),
 * for checking where a change came from
 */
public record AppOrigin(String slug, boolean preview, String origin) {

    /** Where an app's server side answers, on the app's own origin. */
    public static final String API_PATH = "/_api/";

    static final String ATTRIBUTE = AppOrigin.class.getName();

    /** The app whose origin the request came to, if it came to one for its API. */
    public static Optional<AppOrigin> of(HttpServletRequest request) {
        return (request.getAttribute(ATTRIBUTE) instanceof AppOrigin origin) ? Optional.of(origin) : Optional.empty();
    }

    /** Whether the request is for an app's API on the app's own origin. */
    public static boolean present(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof AppOrigin;
    }

    static AppOrigin of(String name, String slug, HttpServletRequest request) {
        int port = request.getServerPort();
        String scheme = request.getScheme();
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String origin = scheme + "://" + request.getServerName().toLowerCase(java.util.Locale.ROOT)
                + (standard ? "" : ":" + port);
        return new AppOrigin(slug, !name.equals(slug), origin);
    }

}
