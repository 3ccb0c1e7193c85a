package dev.faibric.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One visitor of a deployed app, at the app's real URL
 * ({@code http://<name>.apps.localhost:<port>}), with cookies of their own, as a browser
 * on the app's page sends requests: every change carries the app's {@code Origin}.
 */
public final class AppVisitor {

    private final HttpClient http;

    private final CookieManager cookies = new CookieManager();

    private final String origin;

    /**
     * @param name the app's slug or preview name
     * @param port the port Faibric listens on
     */
    public AppVisitor(String name, int port) {
        this.origin = "http://" + name + ".apps.localhost:" + port;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(this.cookies).build();
    }

    /** The app's origin, e.g. {@code http://forum-x1.apps.localhost:8080}. */
    public String origin() {
        return this.origin;
    }

    public Api.Response get(String path) {
        return send(request(path).GET());
    }

    public Api.Response post(String path, Object body) {
        return send(json(request(path), "POST", body));
    }

    public Api.Response patch(String path, Object body) {
        return send(json(request(path), "PATCH", body));
    }

    public Api.Response delete(String path) {
        return send(request(path).header("Origin", this.origin).DELETE());
    }

    /** The cookies this visitor holds. */
    public List<HttpCookie> cookies() {
        return this.cookies.getCookieStore().getCookies();
    }

    /** The JDK client this visitor sends with, with its cookies. */
    public HttpClient client() {
        return this.http;
    }

    /** Signs up (the session cookie is kept for the next requests). */
    public Api.Response signUp(String email, String password) {
        return post("/_api/auth/signup", Map.of("email", email, "password", password));
    }

    public Api.Response logIn(String email, String password) {
        return post("/_api/auth/login", Map.of("email", email, "password", password));
    }

    /** Any request, for the cases a browser on the app's page would not send. */
    public Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            response.headers()
                .map()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            return new Api.Response(response.statusCode(), response.body(), headers);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request builder for a path of the app, with nothing set but the timeout. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.origin + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
        String text = (body instanceof String s) ? s
                : (body instanceof JsonNode node) ? node.toString() : Api.JSON.writeValueAsString(body);
        return request.header("Content-Type", "application/json")
            .header("Origin", this.origin)
            .method(method, HttpRequest.BodyPublishers.ofString(text));
    }

}
