package dev.faibric.hosting;

import dev.faibric.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only for the platform's own host names and for apps under the apps domain.
 * Anything else is 421 before it reaches an app or the API: a site that points its own
 * name at this machine (DNS rebinding) gets nothing from a browser that visits it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HostAllowlist extends OncePerRequestFilter {

    private final Set<String> platformHosts;

    private final HostingSettings settings;

    private final boolean any;

    HostAllowlist(HostingSettings settings) {
        this.platformHosts = Set.copyOf(settings.platformHosts());
        this.settings = settings;
        this.any = platformHosts.contains("*");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (any || allowed(host)) {
            chain.doFilter(request, response);
            return;
        }
        String shown = host.replaceAll("[^a-z0-9.\\-\\[\\]:]", "?");
        shown = shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
        Problems.write(response, 421, "Misdirected request", "This server does not answer for the host name '" + shown
                + "': add it to FAIBRIC_PLATFORM_HOSTS if it is the platform's.");
    }

    private boolean allowed(String host) {
        return platformHosts.contains(host) || settings.appName(host) != null;
    }

}
