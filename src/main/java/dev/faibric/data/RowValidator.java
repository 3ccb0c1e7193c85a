package dev.faibric.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a row a client writes against its collection and normalises it, naming every
 * problem: a body that is not an object, fields the server sets, unknown fields, values
 * of the wrong type or out of bounds, and, on create, missing required fields (defaults
 * are applied first).
 */
final class RowValidator {

    private RowValidator() {
    }

    static Outcome<Map<String, @Nullable Object>> validate(Collection collection, JsonNode body, boolean partial) {
        List<Problem> problems = new ArrayList<>();
        if (!body.isObject()) {
            problems.add(new Problem("body", "the body must be a JSON object of field values"));
            return Outcome.failed(problems);
        }
        for (String name : body.propertyNames()) {
            if (Collection.SERVER_FIELDS.contains(name)) {
                problems.add(new Problem(name, quoted(name) + " is set by the server; do not send it"));
            }
            else if (collection.field(name).isEmpty()) {
                problems.add(
                        new Problem(name, quoted(name) + " is not a field of " + collection.name() + "; its fields are "
                                + String.join(", ", collection.fields().stream().map(Field::name).toList())));
            }
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Field field : collection.fields()) {
            JsonNode value = body.path(field.name());
            if (value.isMissingNode() && !partial && field.defaultValue() != null) {
                values.put(field.name(), field.defaultValue());
            }
            else if (value.isMissingNode() || value.isNull()) {
                if (field.required() && (!partial || value.isNull())) {
                    problems.add(new Problem(field.name(), quoted(field.name()) + " is required"));
                }
                else if (value.isNull()) {
                    values.put(field.name(), null);
                }
            }
            else {
                switch (FieldValues.check(field, value)) {
                    case FieldValues.Wrong(String phrase) ->
                        problems.add(new Problem(field.name(), quoted(field.name()) + " " + phrase));
                    case FieldValues.Value(Object normal) -> values.put(field.name(), normal);
                }
            }
        }
        return problems.isEmpty() ? Outcome.of(values) : Outcome.failed(problems);
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

}
