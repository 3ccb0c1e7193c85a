package dev.faibric.hostile;

import dev.faibric.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * HTTP/1.1 written by hand on a socket, so that a request may be anything a hostile
 * client sends: a malformed request line, bad %-encoding, control characters, odd
 * methods, any Host header, bytes that are not UTF-8.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        JsonNode json() {
            return Api.JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + body;
        }

    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /**
     * A request with the given head (request line and headers, CRLF-separated) and body.
     */
    Answer send(String head, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return exchange(request.toByteArray());
    }

    /** A request with {@code Connection: close} and, with a body, its length. */
    Answer request(String method, String target, String host, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(
                method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close");
        if (contentType != null) {
            head.append("\r\nContent-Type: ").append(contentType);
        }
        if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
            head.append("\r\nContent-Length: ").append(body.length);
        }
        return send(head.toString(), body);
    }

    Answer exchange(byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            }
            catch (SocketException refusedMidway) {
                // The server answered and closed before reading the whole request (a body
                // over the limit): its answer is still there to read.
            }
            return parse(readAll(socket.getInputStream()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server sends until it closes the connection (or goes quiet). */
    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
        }
        catch (SocketTimeoutException | SocketException e) {
            // Kept open (an upgrade, say), or reset after the answer: what came is the
            // answer.
        }
        return all.toByteArray();
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("not an HTTP answer: " + text);
        }
        Map<String, String> headers = new HashMap<>();
        String[] lines = text.substring(0, end).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; bodies here are ASCII JSON (non-ASCII is \\u-escaped or
            // rare).
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            body.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
        return body.toString();
    }

}
