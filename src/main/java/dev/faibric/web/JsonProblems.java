package dev.faibric.web;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request body or parameter, in words for the client: which key has
 * which wrong kind of value, never Jackson's message (which names Java types and
 * classes).
 */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"(.*?)\"");

    private JsonProblems() {
    }

    static String detail(HttpMessageNotReadableException ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return "The request body is missing.";
        }
        JacksonException unpaired = unpairedSurrogate(ex);
        if (unpaired != null) {
            String key = path(unpaired);
            return (key.isEmpty() ? "A key" : "\"" + key + "\"") + " contains an unpaired surrogate (half of a"
                    + " UTF-16 character, like \\ud800 alone); send valid Unicode text.";
        }
        MismatchedInputException mismatch = ApiErrors.causeOf(ex, MismatchedInputException.class);
        if (mismatch != null) {
            String key = path(mismatch);
            String original = mismatch.getOriginalMessage() == null ? "" : mismatch.getOriginalMessage();
            if (original.startsWith("Trailing token")) {
                return "The request body is not valid JSON: it goes on after the JSON value.";
            }
            String wanted = kind(mismatch.getTargetType());
            if (key.isEmpty()) {
                return "The request body must be " + (wanted == null ? "a JSON object" : wanted) + ".";
            }
            return "The request body is not valid JSON of the expected shape: \"" + key + "\" must be "
                    + (wanted == null ? "of another type" : wanted) + ".";
        }
        InputCoercionException range = ApiErrors.causeOf(ex, InputCoercionException.class);
        if (range != null) {
            String key = path(range);
            return "The request body has a number out of range" + (key.isEmpty() ? "" : " for \"" + key + "\"") + ".";
        }
        StreamReadException malformed = ApiErrors.causeOf(ex, StreamReadException.class);
        if (malformed != null && malformed.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(malformed.getOriginalMessage());
            if (duplicate.find()) {
                return "The request body has the key \"" + duplicate.group(1) + "\" more than once.";
            }
        }
        return "The request body is not valid JSON.";
    }

    /** A path or query value of the wrong kind: what it should be. */
    static String mismatch(TypeMismatchException ex) {
        String name = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        String value = String.valueOf(ex.getValue());
        String shown = "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
        Class<?> type = ex.getRequiredType();
        boolean whole = type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class
                || type == short.class);
        if (!whole) {
            return name + " has an invalid value: " + shown + ".";
        }
        String limit = type == int.class || type == Integer.class ? " up to " + Integer.MAX_VALUE
                : " up to " + Long.MAX_VALUE;
        String what = switch (name) {
            case "id" -> "Project ids are decimal numbers";
            case "number" -> "Version numbers are decimal numbers";
            default -> name + " must be a decimal number";
        };
        return what + " (digits only," + limit + "): " + shown + " is not one.";
    }

    /**
     * The outermost Jackson error that (or whose cause) is about an unpaired surrogate.
     */
    private static @Nullable JacksonException unpairedSurrogate(Throwable ex) {
        JacksonException outermost = null;
        boolean unpaired = false;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (outermost == null && t instanceof JacksonException jackson) {
                outermost = jackson;
            }
            unpaired |= t instanceof JacksonException && t.getMessage() != null
                    && t.getMessage().contains(StrictJson.UNPAIRED_SURROGATE);
        }
        return unpaired ? outermost : null;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static @Nullable String kind(@Nullable Class<?> type) {
        if (type == null) {
            return null;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the listed values";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "a JSON object" : null;
    }

}
