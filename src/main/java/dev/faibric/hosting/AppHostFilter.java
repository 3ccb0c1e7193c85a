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
 * ({@code /apps/<slug>/...}). Requests for app hosts never reach the platform's API, so
 * app code cannot call it same-origin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AppHostFilter extends OncePerRequestFilter {

    static final String PATH_PREFIX = "/apps/";

    private final AppFileServer files;

    private final HostingSettings settings;

    AppHostFilter(AppFileServer files, HostingSettings settings) {
        this.files = files;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String slug = settings.appName(request.getServerName());
        String path = request.getRequestURI();
        if (slug != null) {
            files.serve(slug, path.substring(1), false, request, response);
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
            files.serve(rest.substring(0, slash), rest.substring(slash + 1), true, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static void plainError(HttpServletResponse response, int status, String message) throws IOException {
        Problems.write(response, status, message);
    }

}
