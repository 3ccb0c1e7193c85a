package dev.faibric.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one field of a collection, adding a problem for each thing wrong with it: its
 * name, its type, each option (unknown, misplaced or ill-typed) and its default, which
 * must itself be a valid value of the field.
 */
final class FieldParser {

    private final String at;

    private final List<Problem> problems;

    private FieldParser(String at, List<Problem> problems) {
        this.at = at;
        this.problems = problems;
    }

    static @Nullable Field parse(String collection, String name, JsonNode node, Set<String> collections,
            List<Problem> problems) {
        return new FieldParser(collection + "." + name, problems).field(name, node, collections);
    }

    private @Nullable Field field(String name, JsonNode node, Set<String> collections) {
        if (!SchemaParser.NAME.matcher(name).matches()) {
            problem("a field name " + SchemaParser.NAME_RULE);
            return null;
        }
        if (Collection.SERVER_FIELDS.contains(name)) {
            problem("\"" + name + "\" is set by the server; choose another name");
            return null;
        }
        if (!node.isObject()) {
            problem("a field must be an object with a \"type\"");
            return null;
        }
        JsonNode typeNode = node.path("type");
        if (!typeNode.isString()) {
            problem("needs a \"type\", one of " + FieldType.names());
            return null;
        }
        @Nullable FieldType type = FieldType.fromJson(typeNode.stringValue()).orElse(null);
        if (type == null) {
            problem("unknown type \"" + typeNode.stringValue() + "\"; use one of " + FieldType.names());
            return null;
        }
        for (String key : node.propertyNames()) {
            if (!FieldType.ALL_OPTIONS.contains(key)) {
                problem("unknown key \"" + key + "\"");
            }
            else if (!type.takes(key)) {
                problem("\"" + key + "\" does not apply to " + article(type) + " " + type.json());
            }
        }
        boolean required = flag(node, "required");
        boolean unique = flag(node, "unique");
        @Nullable Double min = bound(type, node, "min");
        @Nullable Double max = bound(type, node, "max");
        if (min != null && max != null && min > max) {
            problem("\"min\" must not be greater than \"max\"");
        }
        List<String> values = (type == FieldType.ENUM) ? values(node.get("values")) : List.of();
        @Nullable String target = (type == FieldType.REFERENCE) ? target(node.get("collection"), collections) : null;
        Field field = new Field(name, type, required, null, min, max, values, target, unique);
        JsonNode defaultNode = node.path("default");
        if (defaultNode.isMissingNode() || defaultNode.isNull()) {
            return field;
        }
        return switch (FieldValues.check(field, defaultNode)) {
            case FieldValues.Wrong(String phrase) -> {
                problem("the default " + phrase);
                yield field;
            }
            case FieldValues.Value(Object value) -> field.withDefault(value);
        };
    }

    private boolean flag(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (!value.isMissingNode() && !value.isBoolean()) {
            problem("\"" + key + "\" must be true or false");
        }
        return value.isBoolean() && value.booleanValue();
    }

    private @Nullable Double bound(FieldType type, JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || !type.takes(key)) {
            return null;
        }
        if (type == FieldType.NUMBER) {
            if (!value.isNumber() || !Double.isFinite(value.numberValue().doubleValue())) {
                problem("\"" + key + "\" must be a number");
                return null;
            }
            return value.numberValue().doubleValue();
        }
        int least = key.equals("max") ? 1 : 0;
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < least
                || value.intValue() > type.maxLength()) {
            problem("\"" + key + "\" must be a whole number from " + least + " to " + type.maxLength());
            return null;
        }
        return (double) value.intValue();
    }

    private List<String> values(@Nullable JsonNode node) {
        if (node == null || !node.isArray() || node.valueStream().anyMatch(v -> !v.isString())) {
            problem("an enum needs \"values\", a list of strings");
            return List.of();
        }
        if (node.isEmpty()) {
            problem("\"values\" must not be empty");
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : node) {
            if (!values.add(value.stringValue())) {
                problem("\"values\" lists \"" + value.stringValue() + "\" twice");
            }
        }
        return new ArrayList<>(values);
    }

    private @Nullable String target(@Nullable JsonNode node, Set<String> collections) {
        if (node == null || !node.isString()) {
            problem("a reference needs \"collection\", the name of a collection in this schema");
            return null;
        }
        if (!collections.contains(node.stringValue())) {
            problem("refers to collection \"" + node.stringValue() + "\", which this schema does not have");
        }
        return node.stringValue();
    }

    static String article(FieldType type) {
        return (type == FieldType.ENUM) ? "an" : "a";
    }

    private void problem(String text) {
        this.problems.add(new Problem(this.at, this.at + ": " + text));
    }

}
