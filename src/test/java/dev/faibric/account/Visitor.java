package dev.faibric.account;

import dev.faibric.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Someone using the API as the UI does: keeps the cookies it is given (the session and
 * XSRF-TOKEN) and sends the XSRF-TOKEN back as {@code X-XSRF-TOKEN}, or, as a script
 * does, a personal API token.
 */
final class Visitor {

    private final String base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private @Nullable String bearer;

    private boolean sendCsrfHeader = true;

    Visitor(String base) {
        this.base = base;
    }

    static Visitor signedUp(String base, String email) {
        Visitor visitor = new Visitor(base);
        visitor.get("/api/auth/me");
        Api.Response response = visitor.send("POST", "/api/auth/signup",
                "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\"}");
        if (response.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + response.status() + " " + response.body());
        }
        return visitor;
    }

    Visitor withBearer(@Nullable String token) {
        this.bearer = token;
        return this;
    }

    Visitor withoutCsrfHeader() {
        this.sendCsrfHeader = false;
        return this;
    }

    Visitor forgetCookies() {
        cookies.clear();
        return this;
    }

    Api.Response get(String path) {
        return send("GET", path, null);
    }

    Api.Response post(String path, String json) {
        return send("POST", path, json);
    }

    /** A request with one more header than the visitor's own. */
    Api.Response sendWith(String method, String path, String header, String value) {
        return send(method, path, null, Map.of(header, value));
    }

    Api.Response send(String method, String path, @Nullable String json) {
        return send(method, path, json, Map.of());
    }

    private Api.Response send(String method, String path, @Nullable String json, Map<String, String> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .method(method,
                    json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers().forEach(request::header);
        extra.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                }
                else {
                    cookies.put(name, value);
                }
            }
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
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

    /** What a request of this visitor carries: its cookies, CSRF header and token. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!cookies.isEmpty()) {
            headers.put("Cookie",
                    cookies.entrySet()
                        .stream()
                        .map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
        }
        if (sendCsrfHeader && cookies.containsKey("XSRF-TOKEN")) {
            headers.put("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        return headers;
    }

}
