package dev.faibric.hosting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

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
     * bootstrap) and load its own modules, and may fetch or show media from the web
     * ({@code connect-src} stays open: apps call public APIs), but it runs on its own
     * origin, so it can never read the platform's cookies or call its API as the user.
     * Only the platform's pages may frame it.
     */
    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src * data: blob:; media-src * data: blob:; font-src * data:; "
            + "connect-src *; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self' ";

    /**
     * On the platform's origin (the {@code /apps/<name>/} path) an app runs in a sandbox
     * without {@code allow-same-origin}: its origin is opaque, so it cannot read the UI's
     * storage, send the platform's cookies with its requests, or pass the socket's Origin
     * check.
     */
    private static final String SANDBOX = "; sandbox allow-scripts allow-forms allow-modals allow-popups "
            + "allow-popups-to-escape-sandbox allow-downloads";

    private final AppRuntime runtime;

    private final AppNames names;

    private final String policy;

    private final ErrorReporting reporting;

    AppFileServer(AppNames names, AppRuntime runtime, HostingSettings settings, ErrorReporting reporting) {
        this.names = names;
        this.reporting = reporting;
        this.policy = CSP + settings.platformSources();
        this.runtime = runtime;
    }

    /**
     * @param onPlatformOrigin whether the request came by the platform's own host (the
     * path fallback), where the app must run sandboxed
     */
    void serve(String name, String path, boolean onPlatformOrigin, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            AppHostFilter.plainError(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Deployed apps are static: only GET and HEAD");
            return;
        }
        securityHeaders(response, onPlatformOrigin);
        ServletWebRequest conditional = new ServletWebRequest(request, response);
        if (path.startsWith(AppRuntime.PREFIX)) {
            Optional<AppRuntime.RuntimeFile> file = runtime.file(path.substring(AppRuntime.PREFIX.length()));
            if (file.isEmpty()) {
                AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "No runtime module " + path);
                return;
            }
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("Vary", "Accept-Encoding");
            AppRuntime.RuntimeFile runtimeFile = file.get();
            boolean gzip = acceptsGzip(request);
            if (conditional.checkNotModified(gzip ? runtimeFile.gzipEtag() : runtimeFile.etag())) {
                return;
            }
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
                write(response, request, typeOf(path), runtimeFile.gzipped().length,
                        new ByteArrayResource(runtimeFile.gzipped()));
                return;
            }
            write(response, request, typeOf(path), runtimeFile.length(), runtimeFile.resource());
            return;
        }
        Optional<Path> live = names.directory(name);
        if (live.isEmpty()) {
            AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "No deployed app named " + name);
            return;
        }
        Optional<Path> file = resolve(live.get(), path);
        if (file.isEmpty()) {
            AppHostFilter.plainError(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /" + path);
            return;
        }
        // The same URL serves a new version after each deployment: revalidate every time.
        response.setHeader("Cache-Control", "no-cache");
        BasicFileAttributes attributes = Files.readAttributes(file.get(), BasicFileAttributes.class);
        String type = typeOf(file.get().getFileName().toString());
        boolean page = type.startsWith("text/html");
        String etag = etag(live.get(), file.get(), attributes);
        if (conditional.checkNotModified(page ? reporting.etag(etag) : etag,
                attributes.lastModifiedTime().toMillis())) {
            return;
        }
        if (page) {
            // Every page gets the error reporter, whenever its version was deployed.
            byte[] body = reporting.inject(Files.readAllBytes(file.get()));
            write(response, request, type, body.length, new ByteArrayResource(body));
            return;
        }
        write(response, request, type, attributes.size(), new FileSystemResource(file.get()));
    }

    /**
     * Version directories are never changed once published, so their name with the file's
     * path, size and modification time identifies the bytes without reading them. The
     * directory name makes the tag change whenever another version goes live, even if a
     * file's size and time happen to match; the time covers a directory rebuilt under the
     * same name after a build that never finished.
     */
    static String etag(Path version, Path file, BasicFileAttributes attributes) {
        String identity = version.relativize(file) + "\0" + attributes.size() + "\0"
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return "\"" + version.getFileName() + "-"
                + DigestUtils.md5DigestAsHex(identity.getBytes(StandardCharsets.UTF_8)) + "\"";
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

    private void securityHeaders(HttpServletResponse response, boolean onPlatformOrigin) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", onPlatformOrigin ? policy + SANDBOX : policy);
        response.setHeader("Referrer-Policy", "no-referrer");
        // An opaque origin has no site, so a sandboxed app's own images need
        // cross-origin.
        response.setHeader("Cross-Origin-Resource-Policy", onPlatformOrigin ? "cross-origin" : "same-site");
        // Module scripts of a sandboxed preview are fetched in CORS mode.
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    /** Whether the request accepts gzip (not refused with {@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders("Accept-Encoding");
        while (values != null && values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.strip().split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip")
                        && (parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String type, long length,
            InputStreamSource body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setContentLengthLong(length);
        if (!"HEAD".equals(request.getMethod())) {
            try (InputStream in = body.getInputStream()) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

}
