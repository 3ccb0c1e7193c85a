package dev.faibric.datastore;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.data.FieldType;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings one app's storage from its layout to a new schema, in place: new collections get
 * a table, new fields a column (existing rows get the field's default), a field whose
 * type changed gets a new column while the old one is kept under another name (its values
 * copied when they convert), indexes follow the schema. Collections and fields the schema
 * no longer has are only marked hidden; a field or collection that comes back finds its
 * data. Unique sets that existing rows break are found before anything changes. Run
 * inside the caller's transaction: on PostgreSQL the whole migration is atomic.
 */
final class SchemaMigration {

    private final JdbcClient jdbc;

    private final long projectId;

    SchemaMigration(JdbcClient jdbc, long projectId) {
        this.jdbc = jdbc;
        this.projectId = projectId;
    }

    /** The layout after the migration, which has been run. */
    StorageLayout run(StorageLayout old, AppSchema next) {
        checkFits(next);
        for (Collection collection : next.collections()) {
            old.table(collection.name())
                .ifPresent(table -> WantedIndexes.checkUnique(this.jdbc, this.projectId, table, collection));
        }
        this.jdbc.sql("CREATE SCHEMA IF NOT EXISTS " + SqlNames.schema(this.projectId)).update();
        Map<String, Table> tables = new LinkedHashMap<>();
        old.collections()
            .forEach((name, table) -> tables.put(name,
                    new Table(table.table(), true, table.fields(), table.retired(), table.indexes())));
        for (Collection collection : next.collections()) {
            tables.put(collection.name(), migrate(old.table(collection.name()), collection));
        }
        return new StorageLayout(tables);
    }

    private static void checkFits(AppSchema schema) {
        for (Collection collection : schema.collections()) {
            for (Field field : collection.fields()) {
                int most = SqlNames.ENUM_LENGTH;
                if (field.values().stream().anyMatch(v -> v.codePointCount(0, v.length()) > most)) {
                    throw new AppDataException(AppDataException.Kind.MIGRATION, collection.name() + "." + field.name()
                            + ": an enum value may be at most " + most + " characters");
                }
            }
        }
    }

    private Table migrate(Optional<Table> existing, Collection collection) {
        String table = existing.map(Table::table).orElse(SqlNames.tableFor(collection.name()));
        String qualified = SqlNames.table(this.projectId, table);
        Map<String, Column> fields = new LinkedHashMap<>();
        List<Retired> retired = new ArrayList<>();
        Map<String, Index> indexes = new LinkedHashMap<>();
        if (existing.isEmpty()) {
            createTable(qualified, collection);
        }
        else {
            fields.putAll(existing.get().fields());
            retired.addAll(existing.get().retired());
            indexes.putAll(existing.get().indexes());
        }
        for (Field field : collection.fields()) {
            Column column = fields.get(field.name());
            String name = SqlNames.columnFor(field.name());
            if (column == null && existing.isPresent()) {
                addColumn(qualified, name, field.type());
                if (field.defaultValue() != null) {
                    this.jdbc.sql("UPDATE " + qualified + " SET " + SqlNames.quote(name) + " = ?")
                        .param(Values.bind(field.type(), field.defaultValue()))
                        .update();
                }
            }
            else if (column != null && column.type() != field.type()) {
                retype(qualified, field, column, retired, indexes);
            }
            fields.put(field.name(), new Column(name, field.type(), false));
        }
        fields.replaceAll((name, column) -> collection.field(name).isPresent() ? column
                : new Column(column.column(), column.type(), true));
        syncIndexes(qualified, collection, indexes);
        return new Table(table, false, fields, retired, indexes);
    }

    /**
     * Gives a field of a new type its own column: the old column is kept under another
     * name (its indexes dropped), and the values of the new column are those of a column
     * the field had with this type before (a change undone), or the old values when they
     * convert, or none.
     */
    private void retype(String qualified, Field field, Column column, List<Retired> retired,
            Map<String, Index> indexes) {
        String name = SqlNames.columnFor(field.name());
        indexes.entrySet()
            .removeIf(entry -> entry.getValue().columns().contains(column.column()) && dropIndex(entry.getKey()));
        List<String> used = retired.stream().map(Retired::column).toList();
        int number = retired.size() + 1;
        while (used.contains(SqlNames.retired(field.name(), number))) {
            number++;
        }
        String kept = SqlNames.retired(field.name(), number);
        rename(qualified, column.column(), kept);
        Optional<Retired> earlier = StorageLayout.retiredAs(retired, field.name(), field.type());
        if (earlier.isPresent()) {
            rename(qualified, earlier.get().column(), name);
            retired.remove(earlier.get());
        }
        else {
            addColumn(qualified, name, field.type());
            if (SchemaChange.compatible(column.type(), field.type())) {
                this.jdbc
                    .sql("UPDATE " + qualified + " SET " + SqlNames.quote(name) + " = " + SqlNames.quote(kept)
                            + " WHERE CHAR_LENGTH(" + SqlNames.quote(kept) + ") <= " + SqlNames.capacity(field.type()))
                    .update();
            }
        }
        retired.add(new Retired(field.name(), kept, column.type()));
    }

    private void rename(String qualified, String from, String to) {
        this.jdbc
            .sql("ALTER TABLE " + qualified + " RENAME COLUMN " + SqlNames.quote(from) + " TO " + SqlNames.quote(to))
            .update();
    }

    private void createTable(String qualified, Collection collection) {
        String columns = collection.fields()
            .stream()
            .map(f -> ", " + SqlNames.quote(SqlNames.columnFor(f.name())) + " " + SqlNames.sqlType(f.type()))
            .collect(Collectors.joining());
        this.jdbc.sql("CREATE TABLE " + qualified + " (\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "\"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "\"owner_id\" BIGINT" + columns + ")")
            .update();
        this.jdbc
            .sql("CREATE INDEX " + SqlNames.quote("o_" + collection.name()) + " ON " + qualified + " (\"owner_id\")")
            .update();
        this.jdbc
            .sql("CREATE INDEX " + SqlNames.quote("t_" + collection.name()) + " ON " + qualified
                    + " (\"created_at\", \"id\")")
            .update();
    }

    private void addColumn(String qualified, String column, FieldType type) {
        this.jdbc
            .sql("ALTER TABLE " + qualified + " ADD COLUMN " + SqlNames.quote(column) + " " + SqlNames.sqlType(type))
            .update();
    }

    /** Drops indexes the schema no longer asks for and makes those it newly asks for. */
    private void syncIndexes(String qualified, Collection collection, Map<String, Index> indexes) {
        Map<String, WantedIndexes.Wanted> wanted = WantedIndexes.of(collection);
        indexes.entrySet().removeIf(entry -> !wanted.containsKey(entry.getKey()) && dropIndex(entry.getKey()));
        wanted.forEach((name, want) -> {
            Index index = want.index();
            if (!indexes.containsKey(name)) {
                String columns = index.columns().stream().map(SqlNames::quote).collect(Collectors.joining(", "));
                this.jdbc
                    .sql("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + SqlNames.quote(name) + " ON "
                            + qualified + " (" + columns + ")")
                    .update();
                indexes.put(name, index);
            }
        });
    }

    private boolean dropIndex(String name) {
        this.jdbc.sql("DROP INDEX IF EXISTS " + SqlNames.schema(this.projectId) + "." + SqlNames.quote(name)).update();
        return true;
    }

}
