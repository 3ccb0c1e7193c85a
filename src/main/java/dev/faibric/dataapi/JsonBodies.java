package dev.faibric.dataapi;

import dev.faibric.web.InputText;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a change to an app's data (once {@code AppWrites} has found it comes from
 * the app's own pages, as JSON): read up to the limit, parsed strictly.
 */
final class JsonBodies {

    private JsonBodies() {
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
