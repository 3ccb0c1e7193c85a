package dev.faibric.datastore;

import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.data.SchemaChange;
import dev.faibric.datastore.StorageLayout.Column;
import dev.faibric.datastore.StorageLayout.Index;
import dev.faibric.datastore.StorageLayout.Retired;
import dev.faibric.datastore.StorageLayout.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indexes a collection's schema asks for (a unique index per unique field and unique
 * set, an index per {@code indexes} entry), each named from its columns so the same index
 * has the same name in every migration, and the check that rows already stored allow a
 * new unique one.
 */
final class WantedIndexes {

    private WantedIndexes() {
    }

    /**
     * An index a collection asks for.
     *
     * @param index what is made
     * @param fields the fields it is over, as the schema names them
     */
    record Wanted(Index index, List<String> fields) {

    }

    /**
     * The indexes a collection asks for, by name: unique fields, unique sets, indexes.
     */
    static Map<String, Wanted> of(Collection collection) {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        collection.fields()
            .stream()
            .filter(Field::unique)
            .forEach(f -> want(wanted, collection.name(), true, List.of(f.name())));
        collection.unique().forEach(set -> want(wanted, collection.name(), true, set));
        collection.indexes().forEach(set -> want(wanted, collection.name(), false, set));
        return wanted;
    }

    private static void want(Map<String, Wanted> wanted, String collection, boolean unique, List<String> fields) {
        List<String> columns = fields.stream().map(WantedIndexes::column).toList();
        wanted.putIfAbsent(SqlNames.index(collection, unique, columns), new Wanted(new Index(unique, columns), fields));
    }

    private static String column(String field) {
        return SqlNames.SERVER_COLUMNS.getOrDefault(field, SqlNames.columnFor(field));
    }

    /**
     * Refuses, before anything changes, a unique index that the rows already stored would
     * break: a new unique field or set, or one over a field whose values are copied to a
     * new type.
     */
    static void checkUnique(JdbcClient jdbc, long projectId, Table table, Collection collection) {
        for (Map.Entry<String, Wanted> entry : of(collection).entrySet()) {
            List<String> fields = entry.getValue().fields();
            boolean retyped = fields.stream()
                .anyMatch(f -> table.field(f)
                    .map(c -> c.type() != collection.field(f).orElseThrow().type())
                    .orElse(false));
            if (!entry.getValue().index().unique() || (table.indexes().containsKey(entry.getKey()) && !retyped)) {
                // An index over the same columns kept their values unique already.
                continue;
            }
            List<String> sources = new ArrayList<>();
            for (String field : fields) {
                @Nullable String source = source(table, collection, field);
                if (source == null) {
                    // A column that starts empty breaks no unique set.
                    break;
                }
                sources.add(source);
            }
            if (sources.size() < fields.size()) {
                continue;
            }
            if (duplicated(jdbc, SqlNames.table(projectId, table.table()), sources)) {
                throw new AppDataException(AppDataException.Kind.MIGRATION,
                        collection.name() + ": rows already stored share the same " + String.join(" and ", fields)
                                + ", so " + (fields.size() > 1 ? "they" : "it")
                                + " cannot be made unique; keep it not unique or change those rows first");
            }
        }
    }

    /**
     * The column holding the values a field will have after the migration, or null when
     * it will start empty.
     */
    private static @Nullable String source(Table table, Collection collection, String fieldName) {
        if (SqlNames.SERVER_COLUMNS.containsKey(fieldName)) {
            return SqlNames.SERVER_COLUMNS.get(fieldName);
        }
        Optional<Column> column = table.field(fieldName);
        Field field = collection.field(fieldName).orElseThrow();
        if (column.isEmpty() || column.get().type() == field.type()) {
            return column.map(Column::column).orElse(null);
        }
        Optional<Retired> earlier = StorageLayout.retiredAs(table.retired(), field.name(), field.type());
        if (earlier.isPresent()) {
            return earlier.get().column();
        }
        return SchemaChange.compatible(column.get().type(), field.type()) ? column.get().column() : null;
    }

    private static boolean duplicated(JdbcClient jdbc, String qualified, List<String> columns) {
        String quoted = columns.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
        String present = columns.stream()
            .map(c -> SqlNames.quote(c) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
        return jdbc
            .sql("SELECT COUNT(*) FROM (SELECT 1 FROM " + qualified + " WHERE " + present + " GROUP BY " + quoted
                    + " HAVING COUNT(*) > 1) d")
            .query(Long.class)
            .single() > 0;
    }

}
