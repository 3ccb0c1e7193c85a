package dev.faibric.hosting;

import dev.faibric.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forwards {@code /api/...} on an app's own host to the app's server code, wherever its
 * tier runs it: the method, path, query, body and end-to-end headers as they came (with
 * {@code X-Forwarded-*} saying where from), and the answer back as it is, streamed. An
 * app without server code, or whose server is not answering, gets a clear problem
 * instead.
 */
@Component
class ServerProxy {

    static final String PATH = "/api";

    private static final Logger log = LoggerFactory.getLogger(ServerProxy.class);

    private static final long MAX_BODY = 1024 * 1024;

    /** Hop-by-hop headers, and those the client must not choose for the app's server. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "http2-settings");

    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding", "trailer",
            "upgrade", "content-length", "proxy-connection");

    private final ServerRoutes routes;

    private final HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(3))
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    ServerProxy(ServerRoutes routes) {
        this.routes = routes;
    }

    static boolean handles(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    void forward(String slug, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ServerRoutes.Route> route = routes.find(slug);
        if (route.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_NOT_FOUND, "This app has no server code, so nothing "
                    + "answers at /api/ on its host. Apps with a server/ part are served here.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            Problems.write(response, 413, "A request to an app's server may be at most 1 MB.");
            return;
        }
        String query = request.getQueryString();
        URI target = URI.create(route.get().upstream() + request.getRequestURI() + (query == null ? "" : "?" + query));
        HttpRequest.Builder upstream = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    upstream.header(name, value);
                }
            }
        }
        upstream.header("X-Forwarded-Host", request.getHeader("Host") == null ? slug : request.getHeader("Host"));
        upstream.header("X-Forwarded-Proto", request.getScheme());
        upstream.header("X-Forwarded-For", request.getRemoteAddr());
        byte[] body = request.getInputStream().readNBytes((int) MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            Problems.write(response, 413, "A request to an app's server may be at most 1 MB.");
            return;
        }
        upstream.method(request.getMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(upstream.build(), HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (HttpTimeoutException e) {
            Problems.write(response, HttpServletResponse.SC_GATEWAY_TIMEOUT,
                    "The app's server did not answer within 30 seconds.");
            return;
        }
        catch (IOException e) {
            log.warn("The server of {} (version {}) is not answering at {}: {}", slug, route.get().version(),
                    route.get().upstream(), e.toString());
            Problems.write(response, HttpServletResponse.SC_BAD_GATEWAY, "The app's server is not answering.");
            return;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Faibric is shutting down.");
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        try (InputStream in = answer.body(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

}
