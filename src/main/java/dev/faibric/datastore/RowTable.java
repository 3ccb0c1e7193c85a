package dev.faibric.datastore;

import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.data.FieldType;
import dev.faibric.datastore.StorageLayout.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One collection of one app as SQL sees it: its qualified table, the columns a row is
 * read from, and what a name a client uses ({@code votes}, {@code createdAt}) stands for.
 * Only the collection's current fields can be named; hidden columns never are.
 */
final class RowTable {

    /**
     * Something rows can be filtered or sorted by.
     *
     * @param name the name clients use
     * @param column its column
     * @param type how its values are typed ({@code id} and {@code owner} as references,
     * the times as date-times)
     */
    record Target(String name, String column, FieldType type) {

    }

    private static final List<Target> SERVER_TARGETS = List.of(new Target("id", "id", FieldType.REFERENCE),
            new Target("createdAt", "created_at", FieldType.DATETIME),
            new Target("updatedAt", "updated_at", FieldType.DATETIME));

    private final Collection collection;

    private final Table table;

    private final String qualified;

    RowTable(long projectId, Collection collection, Table table) {
        this.collection = collection;
        this.table = table;
        this.qualified = SqlNames.table(projectId, table.table());
    }

    Collection collection() {
        return this.collection;
    }

    /** The table with its schema, quoted. */
    String qualified() {
        return this.qualified;
    }

    /** The indexes made from the schema, by name. */
    Map<String, StorageLayout.Index> indexes() {
        return this.table.indexes();
    }

    /** The names clients use for these columns. */
    List<String> fieldsOf(List<String> columns) {
        return columns.stream().map(column -> {
            for (Map.Entry<String, String> server : SqlNames.SERVER_COLUMNS.entrySet()) {
                if (server.getValue().equals(column)) {
                    return server.getKey();
                }
            }
            return this.table.fields()
                .entrySet()
                .stream()
                .filter(e -> e.getValue().column().equals(column))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(column);
        }).toList();
    }

    /** The column of a current field. */
    String column(Field field) {
        return this.table.field(field.name()).orElseThrow().column();
    }

    /** The columns a row is read from, in {@link #row}'s order. */
    String selected() {
        return "\"id\", \"created_at\", \"updated_at\", \"owner_id\"" + this.collection.fields()
            .stream()
            .map(f -> ", " + SqlNames.quote(column(f)))
            .collect(Collectors.joining());
    }

    Row row(ResultSet rs) throws SQLException {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        int position = 5;
        for (Field field : this.collection.fields()) {
            values.put(field.name(), Values.read(rs, position++, field.type()));
        }
        long ownerId = rs.getLong(4);
        @Nullable Long owner = rs.wasNull() ? null : ownerId;
        return new Row(rs.getLong(1), instant(rs, 2), instant(rs, 3), owner, values);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * What a name stands for.
     * @param name the name a client used
     * @param where how the client used it, for the message, e.g. {@code "filter"}
     * @throws AppDataException when the collection has no such field
     */
    Target target(String name, String where) {
        for (Target target : SERVER_TARGETS) {
            if (target.name().equals(name)) {
                return target;
            }
        }
        return this.collection.field(name)
            .map(f -> new Target(f.name(), column(f), f.type()))
            .orElseThrow(() -> invalid("Cannot " + where + " by \"" + name + "\": " + this.collection.name()
                    + " has no such field; its fields are " + fieldNames()));
    }

    /** The value a row has for a target, as {@link Values#bind} takes it. */
    static @Nullable Object valueOf(Row row, Target target) {
        return switch (target.name()) {
            case "id" -> row.id();
            case "createdAt" -> row.createdAt();
            case "updatedAt" -> row.updatedAt();
            default -> row.values().get(target.name());
        };
    }

    private String fieldNames() {
        List<String> names = new java.util.ArrayList<>(List.of("id", "createdAt", "updatedAt"));
        this.collection.fields().forEach(f -> names.add(f.name()));
        return String.join(", ", names);
    }

    static AppDataException invalid(String message) {
        return new AppDataException(AppDataException.Kind.INVALID, message);
    }

}
