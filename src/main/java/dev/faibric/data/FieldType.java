package dev.faibric.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of value a field holds, with their names in the schema's JSON and the options
 * each one takes besides {@code type}, {@code required}, {@code default} and
 * {@code unique}.
 */
public enum FieldType {

    /** A short string; at most 1,000 characters unless {@code max} says fewer. */
    TEXT("text", Set.of("min", "max")),

    /** A long string; at most 100,000 characters unless {@code max} says fewer. */
    LONGTEXT("longtext", Set.of("min", "max")),

    /** A finite JSON number, optionally between {@code min} and {@code max}. */
    NUMBER("number", Set.of("min", "max")),

    /** {@code true} or {@code false}. */
    BOOLEAN("boolean", Set.of()),

    /** An ISO-8601 instant, stored in UTC. */
    DATETIME("datetime", Set.of()),

    /** One of the strings listed in {@code values}. */
    ENUM("enum", Set.of("values")),

    /** The id (a positive integer) of a row in the {@code collection} named. */
    REFERENCE("reference", Set.of("collection")),

    /** An http or https address of at most 2,000 characters. */
    URL("url", Set.of());

    /** The options every type takes. */
    static final Set<String> COMMON_OPTIONS = Set.of("type", "required", "default", "unique");

    /** Every option some type takes, to tell a misspelling from a misplaced option. */
    static final Set<String> ALL_OPTIONS = Set.of("type", "required", "default", "unique", "min", "max", "values",
            "collection");

    private final String json;

    private final Set<String> options;

    FieldType(String json, Set<String> options) {
        this.json = json;
        this.options = options;
    }

    /** The type's name in the schema's JSON. */
    public String json() {
        return this.json;
    }

    boolean takes(String option) {
        return COMMON_OPTIONS.contains(option) || this.options.contains(option);
    }

    /** The longest string the type allows; zero when it sets no length of its own. */
    public int maxLength() {
        return switch (this) {
            case TEXT -> 1_000;
            case LONGTEXT -> 100_000;
            case URL -> 2_000;
            default -> 0;
        };
    }

    public static Optional<FieldType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.json.equals(name)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(FieldType::json).toList());
    }

}
