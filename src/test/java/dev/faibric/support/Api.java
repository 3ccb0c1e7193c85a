package dev.faibric.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the platform's API, the way any client would call it. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * How long one request may take: generous, since a loaded 2-core machine can take
     * seconds to answer the first request that loads the embedding model.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String base) {
        this.base = base;
    }

    public record Response(int status, String body, java.util.Map<String, String> headers) {

        Response(int status, String body) {
            this(status, body, java.util.Map.of());
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
        }
    }

    public Response post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** PUT of a JSON body. */
    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).DELETE().build());
    }

    public Response generate(String prompt) {
        return post("/api/v2/generate/", "application/json",
                JSON.writeValueAsString(java.util.Map.of("prompt", prompt)));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
    }

    /**
     * GET with another Host header, as a browser asking for
     * {@code http://<slug>.apps.localhost/} would send.
     */
    public Response getWithHost(String path, String host) {
        try (java.net.Socket socket = new java.net.Socket("localhost", URI.create(base).getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            int bodyStart = raw.indexOf("\r\n\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (String line : raw.substring(0, bodyStart < 0 ? raw.length() : bodyStart).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            return new Response(status, bodyStart < 0 ? "" : raw.substring(bodyStart + 4), headers);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            response.headers()
                .map()
                .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                        String.join(", ", values)));
            return new Response(response.statusCode(), response.body(), headers);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
