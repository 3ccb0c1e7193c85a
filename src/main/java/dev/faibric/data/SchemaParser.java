package dev.faibric.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a schema's JSON into an {@link AppSchema}, collecting every problem instead of
 * stopping at the first: collections and their keys here, fields in {@link FieldParser}.
 */
final class SchemaParser {

    static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");

    static final String NAME_RULE = "must start with a lowercase letter and have only letters, digits and _ (at most 40 characters)";

    static final int MAX_COLLECTIONS = 30;

    static final int MAX_FIELDS = 60;

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private static final Set<String> COLLECTION_KEYS = Set.of("fields", "unique", "indexes", "access");

    private final List<Problem> problems = new ArrayList<>();

    private SchemaParser() {
    }

    static Outcome<AppSchema> parse(String json) {
        SchemaParser parser = new SchemaParser();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        }
        catch (JacksonException ex) {
            parser.problem("schema", "not valid JSON: " + ex.getOriginalMessage());
            return Outcome.failed(parser.problems);
        }
        AppSchema schema = parser.schema(root);
        return parser.problems.isEmpty() ? Outcome.of(schema) : Outcome.failed(parser.problems);
    }

    private AppSchema schema(@Nullable JsonNode root) {
        if (root == null || !root.isObject() || !root.path("collections").isObject()) {
            problem("schema", "needs \"collections\", an object of collections by name");
            return new AppSchema(List.of());
        }
        for (String key : root.propertyNames()) {
            if (!key.equals("collections")) {
                problem("schema", "unknown key \"" + key + "\"; a schema has only \"collections\"");
            }
        }
        JsonNode collections = root.get("collections");
        if (collections.isEmpty()) {
            problem("schema", "needs at least one collection");
        }
        if (collections.size() > MAX_COLLECTIONS) {
            problem("schema",
                    "has " + collections.size() + " collections; at most " + MAX_COLLECTIONS + " are allowed");
        }
        Set<String> names = new LinkedHashSet<>(collections.propertyNames());
        List<Collection> parsed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : collections.properties()) {
            @Nullable Collection collection = collection(entry.getKey(), entry.getValue(), names);
            if (collection != null) {
                parsed.add(collection);
            }
        }
        return new AppSchema(parsed);
    }

    private @Nullable Collection collection(String name, JsonNode node, Set<String> names) {
        if (!NAME.matcher(name).matches()) {
            problem(name, "a collection name " + NAME_RULE);
            return null;
        }
        if (!node.isObject()) {
            problem(name, "a collection must be an object with \"fields\"");
            return null;
        }
        for (String key : node.propertyNames()) {
            if (!COLLECTION_KEYS.contains(key)) {
                problem(name, "unknown key \"" + key
                        + "\"; a collection has \"fields\", \"unique\", \"indexes\" and \"access\"");
            }
        }
        JsonNode fieldNodes = node.path("fields");
        if (!fieldNodes.isObject() || fieldNodes.isEmpty()) {
            problem(name, "a collection needs \"fields\", an object of at least one field");
            return null;
        }
        if (fieldNodes.size() > MAX_FIELDS) {
            problem(name, "has " + fieldNodes.size() + " fields; at most " + MAX_FIELDS + " are allowed");
        }
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fieldNodes.properties()) {
            @Nullable Field field = FieldParser.parse(name, entry.getKey(), entry.getValue(), names, this.problems);
            if (field != null) {
                fields.add(field);
            }
        }
        Set<String> known = new LinkedHashSet<>(fieldNodes.propertyNames());
        known.addAll(Collection.SERVER_FIELDS);
        List<List<String>> unique = fieldSets(name, "unique", node.get("unique"), known);
        List<List<String>> indexes = fieldSets(name, "indexes", node.get("indexes"), known);
        return new Collection(name, fields, unique, indexes,
                AccessParser.parse(name, node.get("access"), fields, fieldNodes.propertyNames(), this.problems));
    }

    private List<List<String>> fieldSets(String collection, String key, @Nullable JsonNode node, Set<String> known) {
        List<List<String>> sets = new ArrayList<>();
        if (node == null) {
            return sets;
        }
        boolean shaped = node.isArray();
        for (JsonNode set : node) {
            shaped &= set.isArray() && !set.isEmpty();
            List<String> names = new ArrayList<>();
            for (JsonNode name : set) {
                shaped &= name.isString();
                if (name.isString() && !known.contains(name.stringValue())) {
                    problem(collection, "\"" + key + "\" names field \"" + name.stringValue() + "\", which "
                            + collection + " does not have");
                }
                names.add(name.asString());
            }
            sets.add(names);
        }
        if (!shaped) {
            problem(collection, "\"" + key + "\" must be a list of non-empty lists of field names");
        }
        return sets;
    }

    private void problem(String at, String text) {
        this.problems.add(new Problem(at, at + ": " + text));
    }

}
