package dev.faibric.datastore;

import dev.faibric.data.Field;
import dev.faibric.data.FieldType;
import dev.faibric.datastore.StorageLayout.Index;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes rows, inside the caller's transaction, counting each against the app's limits: a
 * create adds a row and its bytes and is refused when either limit would be passed; an
 * update adds what the row grows by; a delete gives both back. A value another row
 * already has in a unique field is refused naming the field.
 */
final class RowWriter {

    private final JdbcClient jdbc;

    private final AppDataRecords records;

    private final RowReader reader;

    private final DataSettings limits;

    RowWriter(JdbcClient jdbc, AppDataRecords records, RowReader reader, DataSettings limits) {
        this.jdbc = jdbc;
        this.records = records;
        this.reader = reader;
        this.limits = limits;
    }

    Row create(long projectId, RowTable table, Map<String, @Nullable Object> values, @Nullable Long owner) {
        reserve(projectId, 1, size(values.values()));
        List<String> columns = new ArrayList<>(List.of("\"created_at\"", "\"updated_at\"", "\"owner_id\""));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<SqlParameterValue> params = new ArrayList<>(List.of(Values.bind(FieldType.DATETIME, now),
                Values.bind(FieldType.DATETIME, now), Values.bind(FieldType.REFERENCE, owner)));
        for (Field field : table.collection().fields()) {
            if (values.containsKey(field.name())) {
                columns.add(SqlNames.quote(table.column(field)));
                params.add(Values.bind(field.type(), values.get(field.name())));
            }
        }
        KeyHolder key = new GeneratedKeyHolder();
        unique(table,
                () -> this.jdbc
                    .sql("INSERT INTO " + table.qualified() + " (" + String.join(", ", columns) + ") VALUES ("
                            + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")
                    .params(params)
                    .update(key, "id"));
        long id = key.getKeyAs(Number.class).longValue();
        return this.reader.get(table, id).orElseThrow();
    }

    /** Changes the fields given; empty when there is no such row. */
    Optional<Row> update(long projectId, RowTable table, long id, Map<String, @Nullable Object> values) {
        Optional<Row> current = this.reader.lock(table, id);
        if (current.isEmpty()) {
            return current;
        }
        reserve(projectId, 0,
                size(values.values()) - size(current.get()
                    .values()
                    .entrySet()
                    .stream()
                    .filter(e -> values.containsKey(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList()));
        List<String> sets = new ArrayList<>(List.of("\"updated_at\" = ?"));
        List<SqlParameterValue> params = new ArrayList<>(
                List.of(Values.bind(FieldType.DATETIME, Instant.now().truncatedTo(ChronoUnit.MICROS))));
        for (Field field : table.collection().fields()) {
            if (values.containsKey(field.name())) {
                sets.add(SqlNames.quote(table.column(field)) + " = ?");
                params.add(Values.bind(field.type(), values.get(field.name())));
            }
        }
        params.add(Values.bind(FieldType.REFERENCE, id));
        unique(table,
                () -> this.jdbc
                    .sql("UPDATE " + table.qualified() + " SET " + String.join(", ", sets) + " WHERE \"id\" = ?")
                    .params(params)
                    .update());
        return this.reader.get(table, id);
    }

    /** Deletes the row; empty when there was none. */
    Optional<Row> delete(long projectId, RowTable table, long id) {
        Optional<Row> current = this.reader.lock(table, id);
        current.ifPresent(row -> {
            this.jdbc.sql("DELETE FROM " + table.qualified() + " WHERE \"id\" = ?").param(id).update();
            this.records.release(projectId, 1, size(row.values().values()));
        });
        return current;
    }

    private void reserve(long projectId, long rows, long bytes) {
        if (!this.records.reserve(projectId, rows, bytes, this.limits.maxRows(), this.limits.maxBytes().toBytes())) {
            DataUsage usage = this.records.usage(projectId);
            String which = (rows > 0 && usage.rows() + rows > this.limits.maxRows())
                    ? "it has " + usage.rows() + " rows, the most an app may keep"
                    : "it stores " + megabytes(usage.bytes()) + " of values and may store at most "
                            + megabytes(this.limits.maxBytes().toBytes());
            throw new AppDataException(AppDataException.Kind.FULL,
                    "This app's data is full: " + which + "; delete some rows first");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static long size(java.util.Collection<@Nullable Object> values) {
        return values.stream().mapToLong(Values::size).sum();
    }

    /** Runs a write, saying which unique field or set it would break. */
    private static void unique(RowTable table, Runnable write) {
        try {
            write.run();
        }
        catch (DuplicateKeyException e) {
            String message = String.valueOf(e.getMessage());
            for (Map.Entry<String, Index> index : table.indexes().entrySet()) {
                if (index.getValue().unique() && message.contains(index.getKey())) {
                    throw new AppDataException(AppDataException.Kind.CONFLICT,
                            "Another row of " + table.collection().name() + " already has this "
                                    + String.join(" and ", table.fieldsOf(index.getValue().columns())),
                            e);
                }
            }
            throw new AppDataException(AppDataException.Kind.CONFLICT,
                    "Another row of " + table.collection().name() + " already has these values", e);
        }
    }

}
