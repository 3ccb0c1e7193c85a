package dev.faibric.hosting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers one request for a file of a deployed app. Module URLs are resolved the way a
 * bundler would ({@code ./components/Header} finds {@code components/Header.js}), because
 * generated code imports its own files without extensions.
 */
@Component
class AppFileServer {

    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8", "js",
            "text/javascript;charset=UTF-8", "json", "application/json", "css", "text/css;charset=UTF-8", "svg",
            "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    /**
     * Generated code is untrusted: it may run inline scripts (the import map and the
     * bootstrap) and load its own modules, and may fetch or show media from the web, but
     * it runs on its own origin, so it can never read the platform's cookies or call its
     * API as the user.
     */
    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src * data: blob:; media-src * data: blob:; font-src * data:; "
            + "connect-src *; object-src 'none'; base-uri 'self'; form-action 'self'";

    private final HostedApps apps;

    private final AppRuntime runtime;

    AppFileServer(HostedApps apps, AppRuntime runtime) {
        this.apps = apps;
        this.runtime = runtime;
    }

    void serve(String slug, String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            AppHostFilter.plainError(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Deployed apps are static: only GET and HEAD");
            return;
        }
        securityHeaders(response);
        if (path.startsWith(AppRuntime.PREFIX)) {
            Optional<byte[]> file = runtime.file(path.substring(AppRuntime.PREFIX.length()));
            if (file.isEmpty()) {
                AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "No runtime module " + path);
                return;
            }
            response.setHeader("Cache-Control", "public, max-age=3600");
            write(response, request, typeOf(path), file.get());
            return;
        }
        Optional<Path> live = apps.live(slug);
        if (live.isEmpty()) {
            AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "No deployed app named " + slug);
            return;
        }
        Optional<Path> file = resolve(live.get(), path);
        if (file.isEmpty()) {
            AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /" + path);
            return;
        }
        // The same URL serves a new version after each deployment.
        response.setHeader("Cache-Control", "no-cache");
        write(response, request, typeOf(file.get().getFileName().toString()), Files.readAllBytes(file.get()));
    }

    static Optional<Path> resolve(Path root, String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        if (path.contains("\\") || path.contains("\0")) {
            return Optional.empty();
        }
        String stem = path.replaceFirst("\\.(tsx|ts|jsx)$", "");
        for (String candidate : new String[] { path, stem + ".js", stem + "/index.js" }) {
            Path file = root.resolve(candidate).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        // Module scripts of a sandboxed preview are fetched in CORS mode.
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    private static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String type, byte[] body)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

}
