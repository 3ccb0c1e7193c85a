package dev.faibric.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One collection of an app's data: its typed fields in the order declared, the sets of
 * fields whose values must be unique together, the indexes and who may do what. Every row
 * also has {@code id}, {@code createdAt}, {@code updatedAt} and {@code owner}, set by the
 * server ({@link #SERVER_FIELDS}).
 *
 * @param name the collection's name
 * @param fields its fields, in the order declared
 * @param unique sets of fields unique together (a field's own {@code unique} option is
 * kept on the field)
 * @param indexes sets of fields to index, in order
 * @param access who may list, read, create, update and delete rows
 */
public record Collection(String name, List<Field> fields, List<List<String>> unique, List<List<String>> indexes,
        Access access) {

    /** The fields every row has, set by the server and never by a client or a schema. */
    public static final Set<String> SERVER_FIELDS = Set.of("id", "createdAt", "updatedAt", "owner");

    public Collection {
        fields = List.copyOf(fields);
        unique = unique.stream().map(List::copyOf).toList();
        indexes = indexes.stream().map(List::copyOf).toList();
    }

    public Optional<Field> field(String fieldName) {
        return this.fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /**
     * Checks a row a client writes: on create ({@code partial} false) required fields
     * must be present and defaults are applied; on a partial update (PATCH) only the
     * fields sent are checked and returned. Never throws on bad input.
     * @param body the JSON body the client sent
     * @param partial whether this is a partial update
     * @return the normalised values by field name, in the collection's field order (a
     * JSON null clears an optional field and is kept as {@code null}), or every problem
     */
    public Outcome<Map<String, @Nullable Object>> validateWrite(JsonNode body, boolean partial) {
        return RowValidator.validate(this, body, partial);
    }

}
