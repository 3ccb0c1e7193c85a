package dev.faibric.dataapi;

import dev.faibric.hosting.AppOrigin;
import dev.faibric.web.InputText;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change to an app's data must show before its body is read: that it comes from
 * the app's own pages (the browser's {@code Origin} and {@code Sec-Fetch-Site}; all apps
 * are subdomains of one site, so another app's page could otherwise send a visitor's
 * cookie along) and that it is JSON (which a form on another page cannot send). Then the
 * body, read up to the limit and parsed strictly.
 */
final class DataWrites {

    private DataWrites() {
    }

    /**
     * Refuses a change from anywhere but the app's own origin (403) and a body that is
     * not JSON (415).
     */
    static void check(HttpServletRequest request, AppOrigin app, boolean hasBody) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String site = request.getHeader("Sec-Fetch-Site");
        boolean elsewhere = (origin != null && !origin.equalsIgnoreCase(app.origin()))
                || (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none"));
        if (elsewhere) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Changes to this app's data are accepted only from its own pages (" + app.origin() + ").");
        }
        if (hasBody && !json(request.getContentType())) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON (Content-Type: application/json).");
        }
    }

    private static boolean json(@Nullable String contentType) {
        try {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
                    && !MediaType.parseMediaType(contentType).isWildcardSubtype();
        }
        catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * The body as JSON: at most {@code maxBytes} (413 beyond), well-formed, no key twice,
     * no text with half a UTF-16 character (400 each, naming what is wrong).
     */
    static JsonNode body(HttpServletRequest request, JsonMapper json, long maxBytes) {
        String tooLarge = "The body may be at most " + maxBytes / 1024 + " KB.";
        if (request.getContentLengthLong() > maxBytes) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge);
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge);
        }
        if (bytes.length == 0) {
            throw badBody("The body is empty; send a JSON object of field values.");
        }
        JsonNode node;
        try {
            node = json.readTree(bytes);
        }
        catch (JacksonException e) {
            String why = e.getOriginalMessage();
            throw badBody(why.contains("StreamReadConstraints")
                    ? "The body nests too deeply or holds a value too long to read."
                    : "The body is not valid JSON: " + why.replaceAll("\\s+", " ") + ".");
        }
        if (node == null || node.isMissingNode()) {
            throw badBody("The body is empty; send a JSON object of field values.");
        }
        @Nullable String half = halfCharacter(node, "");
        if (half != null) {
            throw badBody((half.isEmpty() ? "A key" : "\"" + half + "\"")
                    + " holds half of a UTF-16 character (like \\ud800 alone); send valid Unicode text.");
        }
        return node;
    }

    /** Where a string or key with an unpaired surrogate is, or null. */
    private static @Nullable String halfCharacter(JsonNode node, String at) {
        if (node.isString()) {
            return InputText.hasUnpairedSurrogate(node.stringValue()) ? at : null;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (InputText.hasUnpairedSurrogate(entry.getKey())) {
                return "";
            }
            @Nullable String found = halfCharacter(entry.getValue(), entry.getKey());
            if (found != null) {
                return found;
            }
        }
        for (JsonNode element : node.isArray() ? node : java.util.List.<JsonNode>of()) {
            @Nullable String found = halfCharacter(element, at);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static ResponseStatusException badBody(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

}
