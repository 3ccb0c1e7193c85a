package dev.faibric.datastore;

import dev.faibric.data.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an app's data is: every collection and field ever created, with its table or
 * column and type, whether the current schema still has it, the columns retired when a
 * field changed type, and the indexes made. Stored as JSON beside the schema, so hidden
 * collections and fields are known and come back with their data.
 *
 * @param collections the tables, by collection name, in the order they were created
 */
record StorageLayout(Map<String, Table> collections) {

    static final StorageLayout EMPTY = new StorageLayout(Map.of());

    StorageLayout {
        collections = new LinkedHashMap<>(collections);
    }

    /**
     * One collection's table.
     *
     * @param table the table's name in the app's schema
     * @param hidden whether the current schema no longer has the collection
     * @param fields its field columns by field name, in the order created
     * @param retired columns that held a field before it changed type
     * @param indexes the indexes made from the schema, by name (not those every table
     * has)
     */
    record Table(String table, boolean hidden, Map<String, Column> fields, List<Retired> retired,
            Map<String, Index> indexes) {

        Table {
            fields = new LinkedHashMap<>(fields);
            retired = List.copyOf(retired);
            indexes = new LinkedHashMap<>(indexes);
        }

        Optional<Column> field(String name) {
            return Optional.ofNullable(this.fields.get(name));
        }

    }

    /**
     * The column of a field.
     *
     * @param column its name
     * @param type the type of the values it holds
     * @param hidden whether the current schema no longer has the field
     */
    record Column(String column, FieldType type, boolean hidden) {

    }

    /**
     * A column kept when its field changed type.
     *
     * @param field the field it belonged to
     * @param column its name now
     * @param type the type of the values it holds
     */
    record Retired(String field, String column, FieldType type) {

    }

    /**
     * An index made from the schema.
     *
     * @param unique whether it is a unique index
     * @param columns its columns, in order
     */
    record Index(boolean unique, List<String> columns) {

        Index {
            columns = List.copyOf(columns);
        }

    }

    /**
     * The latest column kept of a field when it had this type, for a type change that is
     * undone.
     */
    static Optional<Retired> retiredAs(List<Retired> retired, String field, FieldType type) {
        return retired.reversed().stream().filter(r -> r.field().equals(field) && r.type() == type).findFirst();
    }

    Optional<Table> table(String collection) {
        return Optional.ofNullable(this.collections.get(collection));
    }

    /**
     * The names of what is hidden: collections, and fields of kept collections as
     * {@code collection.field}.
     */
    List<String> hidden() {
        List<String> hidden = new ArrayList<>();
        this.collections.forEach((name, table) -> {
            if (table.hidden()) {
                hidden.add(name);
            }
            else {
                table.fields().forEach((field, column) -> {
                    if (column.hidden()) {
                        hidden.add(name + "." + field);
                    }
                });
            }
        });
        return hidden;
    }

    String toJson(JsonMapper json) {
        return json.writeValueAsString(this);
    }

    static StorageLayout fromJson(JsonMapper json, String text) {
        return json.readValue(text, StorageLayout.class);
    }

}
