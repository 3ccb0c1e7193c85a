package dev.faibric.hosting;

import dev.faibric.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Routes requests for deployed apps before the platform sees them: by host name
 * ({@code <slug>.<apps domain>}, the app's own origin) or by path
 * ({@code /apps/<slug>/...}); a name may also be a preview or one version
 * ({@link AppNames}). Requests for app hosts never reach the platform's API, so app code
 * cannot call it same-origin; only the app's own server side ({@code /_api/} on its host,
 * marked with an {@link AppOrigin}) goes on to the handlers behind this filter, and
 * {@code /api/} on its host goes to the app's own server code ({@link ServerProxy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AppHostFilter extends OncePerRequestFilter {

    static final String PATH_PREFIX = "/apps/";

    private final AppFileServer files;

    private final HostingSettings settings;

    private final AppNames names;

    private final ServerProxy servers;

    AppHostFilter(AppFileServer files, HostingSettings settings, AppNames names, ServerProxy servers) {
        this.servers = servers;
        this.files = files;
        this.settings = settings;
        this.names = names;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = settings.appName(request.getServerName());
        String path = request.getRequestURI();
        if (name != null) {
            if (path.startsWith(AppOrigin.API_PATH) || path.equals("/_api")) {
                // The app's server side: answered by the platform's handlers, which read
                // the app from this attribute and never from the request.
                request.setAttribute(AppOrigin.ATTRIBUTE, AppOrigin.of(name, names.slugOf(name), request));
                chain.doFilter(request, response);
                return;
            }
            if (ServerProxy.handles(path)) {
                // The app's own server code, on its tier; a preview calls the live one.
                servers.forward(names.slugOf(name), request, response);
                return;
            }
            files.serve(name, path.substring(1), false, request, response);
            return;
        }
        if (path.startsWith(PATH_PREFIX)) {
            String rest = path.substring(PATH_PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                // Relative module URLs only resolve under the app's directory, so insist
                // on the slash.
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", PATH_PREFIX + rest + "/");
                return;
            }
            String inApp = rest.substring(slash + 1);
            if (inApp.startsWith("_api/") || inApp.equals("_api")) {
                // A sandboxed page has an opaque origin: no cookies, no same-origin
                // calls.
                plainError(response, HttpServletResponse.SC_NOT_FOUND,
                        "An app's data and sign-in are served on its own host (" + rest.substring(0, slash) + "."
                                + settings.appsDomain() + "), not under /apps/");
                return;
            }
            files.serve(rest.substring(0, slash), inApp, true, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static void plainError(HttpServletResponse response, int status, String message) throws IOException {
        Problems.write(response, status, message);
    }

}
