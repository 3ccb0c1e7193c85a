package dev.faibric.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks one JSON value against one field and normalises it (numbers to {@code Long} or
 * {@code Double}, date-times to UTC instants written as ISO-8601, references to
 * {@code Long}). A failure is a phrase such as "must be a number", for the caller to put
 * after the field's name.
 */
final class FieldValues {

    private FieldValues() {
    }

    /** The normalised value, or the phrase that says what is wrong. */
    sealed interface Checked permits Value, Wrong {

    }

    record Value(Object value) implements Checked {

    }

    record Wrong(String phrase) implements Checked {

    }

    static Checked check(Field field, JsonNode node) {
        return switch (field.type()) {
            case TEXT, LONGTEXT -> text(field, node);
            case NUMBER -> number(field, node);
            case BOOLEAN -> node.isBoolean() ? new Value(node.booleanValue()) : new Wrong("must be true or false");
            case DATETIME -> dateTime(node);
            case ENUM -> (node.isString() && field.values().contains(node.stringValue()))
                    ? new Value(node.stringValue()) : new Wrong("must be one of: " + String.join(", ", field.values()));
            case REFERENCE -> reference(field, node);
            case URL -> url(field, node);
        };
    }

    private static Checked text(Field field, JsonNode node) {
        if (!node.isString()) {
            return new Wrong("must be a string");
        }
        String text = node.stringValue();
        @Nullable String wrong = length(field, text);
        return (wrong != null) ? new Wrong(wrong) : new Value(text);
    }

    private static @Nullable String length(Field field, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > field.maxLength()) {
            return "must be at most " + field.maxLength() + " characters (it has " + length + ")";
        }
        Double min = field.min();
        if (min != null && length < min) {
            return "must be at least " + Field.plain(min) + " characters (it has " + length + ")";
        }
        boolean control = text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n');
        return control ? "must not contain control characters other than tab and newline" : null;
    }

    private static Checked number(Field field, JsonNode node) {
        if (!node.isNumber()) {
            return new Wrong("must be a number");
        }
        double number = node.numberValue().doubleValue();
        if (!Double.isFinite(number)) {
            return new Wrong("must be a finite number");
        }
        Double min = field.min();
        Double max = field.max();
        if (min != null && number < min) {
            return new Wrong("must be at least " + Field.plain(min));
        }
        if (max != null && number > max) {
            return new Wrong("must be at most " + Field.plain(max));
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new Value(node.numberValue().longValue());
        }
        return new Value(number);
    }

    private static Checked dateTime(JsonNode node) {
        Wrong wrong = new Wrong("must be an ISO-8601 date-time such as 2026-03-01T12:00:00Z");
        if (!node.isString()) {
            return wrong;
        }
        String text = node.stringValue();
        try {
            return new Value(Instant.parse(text).toString());
        }
        catch (DateTimeParseException notInstant) {
            try {
                return new Value(OffsetDateTime.parse(text).toInstant().toString());
            }
            catch (DateTimeParseException notOffset) {
                return wrong;
            }
        }
    }

    private static Checked reference(Field field, JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong() && node.numberValue().longValue() > 0) {
            return new Value(node.numberValue().longValue());
        }
        return new Wrong("must be the id of a row in " + field.collection() + " (a positive integer)");
    }

    private static Checked url(Field field, JsonNode node) {
        if (!node.isString()) {
            return new Wrong("must be a string");
        }
        String text = node.stringValue();
        @Nullable String wrong = length(field, text);
        if (wrong != null) {
            return new Wrong(wrong);
        }
        try {
            URI uri = new URI(text);
            String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return new Value(text);
            }
        }
        catch (URISyntaxException ex) {
            // answered below
        }
        return new Wrong("must be an http or https URL");
    }

}
