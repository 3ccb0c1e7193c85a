package dev.faibric.data;

import java.util.List;
import java.util.Optional;

/**
 * The declarative data model of one generated app, parsed and validated from the JSON in
 * a model answer's {@code <database>} block. Faibric derives storage from it; it never
 * runs SQL a model wrote.
 *
 * <p>
 * The format: an object with {@code collections}, each a named collection with
 * {@code fields} (required, at most 60), and optionally {@code unique} and
 * {@code indexes} (lists of lists of field names) and {@code access} (per action
 * {@code list}, {@code read}, {@code create}, {@code update}, {@code delete}: one of
 * {@code public}, {@code signed-in}, {@code owner}, {@code admin}; defaults public,
 * public, signed-in, owner, owner; create cannot be owner). At most 30 collections. Names
 * match {@code [a-z][a-zA-Z0-9_]{0,39}}; {@code id}, {@code createdAt}, {@code updatedAt}
 * and {@code owner} are set by the server and cannot be fields (indexes and unique sets
 * may name them). A field has a {@code type} ({@code text} (at most 1,000 characters),
 * {@code longtext} (100,000), {@code number}, {@code boolean}, {@code datetime}
 * (ISO-8601, stored in UTC), {@code enum} (with {@code values}), {@code reference} (with
 * {@code collection}; the value is a row id), {@code url} (http or https, 2,000
 * characters)) and optionally {@code required}, {@code default} (valid for the field),
 * {@code unique}, and {@code min}/{@code max} (lengths for text and longtext, bounds for
 * numbers). Unknown keys are problems, so a misspelling never passes silently.
 *
 * <pre>{@code
 * {"collections": {
 *   "posts": {
 *     "fields": {
 *       "title":  {"type": "text", "required": true, "max": 200},
 *       "body":   {"type": "longtext"},
 *       "votes":  {"type": "number", "default": 0, "min": 0},
 *       "solved": {"type": "boolean", "default": false},
 *       "tag":    {"type": "enum", "values": ["question", "idea"], "default": "question"},
 *       "link":   {"type": "url"},
 *       "due":    {"type": "datetime"},
 *       "topic":  {"type": "reference", "collection": "topics"}
 *     },
 *     "unique": [["title"]],
 *     "indexes": [["tag", "votes"]],
 *     "access": {"list": "public", "read": "public", "create": "signed-in",
 *                "update": "owner", "delete": "owner"}
 *   },
 *   "topics": {"fields": {"name": {"type": "text", "required": true}},
 *              "access": {"create": "admin"}}
 * }}
 * }</pre>
 *
 * @param collections the collections, in the order declared
 */
public record AppSchema(List<Collection> collections) {

    public AppSchema {
        collections = List.copyOf(collections);
    }

    /**
     * Parses and validates a schema. Never throws on bad input: malformed JSON, unknown
     * keys and every other problem are answered, all of them, each naming its collection
     * and field.
     */
    public static Outcome<AppSchema> parse(String json) {
        return SchemaParser.parse(json);
    }

    public Optional<Collection> collection(String name) {
        return this.collections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The canonical JSON: declared order, every key in a fixed order, defaults omitted.
     */
    public String toJson() {
        return SchemaWriter.toJson(this);
    }

    /**
     * A few compact lines that tell a model what data the app has and who may touch it.
     */
    public String describe() {
        return SchemaWriter.describe(this);
    }

}
