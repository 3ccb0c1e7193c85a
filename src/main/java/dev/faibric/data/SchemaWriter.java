package dev.faibric.data;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a schema back out: the canonical JSON (declared order, keys in a fixed order,
 * options left at their defaults omitted, access always written in full) and the compact
 * description a model reads in its prompt.
 */
final class SchemaWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaWriter() {
    }

    static String toJson(AppSchema schema) {
        ObjectNode collections = NODES.objectNode();
        for (Collection collection : schema.collections()) {
            ObjectNode node = collections.putObject(collection.name());
            ObjectNode fields = node.putObject("fields");
            collection.fields().forEach(field -> fields.set(field.name(), field(field)));
            if (!collection.unique().isEmpty()) {
                node.set("unique", sets(collection.unique()));
            }
            if (!collection.indexes().isEmpty()) {
                node.set("indexes", sets(collection.indexes()));
            }
            ObjectNode access = node.putObject("access");
            Access.ACTIONS.forEach(action -> access.set(action, rule(collection.access().rule(action))));
        }
        ObjectNode root = NODES.objectNode();
        root.set("collections", collections);
        return root.toPrettyString();
    }

    /** One grant as a string, as it is usually written; several as a list, in order. */
    private static JsonNode rule(Access.Rule rule) {
        if (rule.grants().size() == 1) {
            return NODES.stringNode(rule.grants().getFirst().json());
        }
        ArrayNode grants = NODES.arrayNode();
        rule.grants().forEach(grant -> grants.add(grant.json()));
        return grants;
    }

    private static ObjectNode field(Field field) {
        ObjectNode node = NODES.objectNode();
        node.put("type", field.type().json());
        if (field.required()) {
            node.put("required", true);
        }
        if (field.unique()) {
            node.put("unique", true);
        }
        if (field.min() != null) {
            node.set("min", number(field.min()));
        }
        if (field.max() != null) {
            node.set("max", number(field.max()));
        }
        if (field.type() == FieldType.ENUM) {
            ArrayNode values = node.putArray("values");
            field.values().forEach(values::add);
        }
        if (field.collection() != null) {
            node.put("collection", field.collection());
        }
        if (field.defaultValue() != null) {
            node.set("default", value(field.defaultValue()));
        }
        return node;
    }

    private static ArrayNode sets(List<List<String>> sets) {
        ArrayNode array = NODES.arrayNode();
        for (List<String> set : sets) {
            ArrayNode names = array.addArray();
            set.forEach(names::add);
        }
        return array;
    }

    private static JsonNode number(double number) {
        return (number == Math.rint(number) && Math.abs(number) < 1e15) ? NODES.numberNode((long) number)
                : NODES.numberNode(number);
    }

    private static JsonNode value(Object value) {
        return switch (value) {
            case Boolean flag -> NODES.booleanNode(flag);
            case Long whole -> NODES.numberNode(whole);
            case Double fraction -> NODES.numberNode(fraction);
            default -> NODES.stringNode(value.toString());
        };
    }

    static String describe(AppSchema schema) {
        List<String> lines = new ArrayList<>();
        lines.add("Data (every row also has id, createdAt, updatedAt and owner, set by the server):");
        for (Collection collection : schema.collections()) {
            List<String> fields = collection.fields().stream().map(SchemaWriter::describe).toList();
            String line = "- " + collection.name() + ": " + String.join("; ", fields);
            if (!collection.unique().isEmpty()) {
                line += "; unique " + String.join(", ", collection.unique().stream().map(SchemaWriter::group).toList());
            }
            List<String> access = Access.ACTIONS.stream()
                .map(action -> action + " " + collection.access().rule(action).text())
                .toList();
            lines.add(line + ". Access: " + String.join(", ", access) + ".");
        }
        return String.join("\n", lines);
    }

    private static String describe(Field field) {
        StringBuilder text = new StringBuilder(field.name()).append(' ');
        switch (field.type()) {
            case ENUM -> text.append("enum(").append(String.join("|", field.values())).append(')');
            case REFERENCE -> text.append("reference to ").append(field.collection());
            default -> text.append(field.type().json());
        }
        bound(text, " min ", field.min());
        bound(text, " max ", field.max());
        if (field.required()) {
            text.append(" required");
        }
        if (field.unique()) {
            text.append(" unique");
        }
        if (field.defaultValue() != null) {
            text.append(" default ").append(value(field.defaultValue()));
        }
        return text.toString();
    }

    private static void bound(StringBuilder text, String label, @Nullable Double bound) {
        if (bound != null) {
            text.append(label).append(Field.plain(bound));
        }
    }

    private static String group(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

}
