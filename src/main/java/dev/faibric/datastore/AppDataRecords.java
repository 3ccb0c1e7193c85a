package dev.faibric.datastore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faibric.data.AppSchema;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's row for each app with data ({@code app_data}): its schema, its storage
 * layout and the rows and bytes it stores. Schema and layout are read on every request,
 * so they are kept in memory for a few seconds; a node that applies a schema forgets its
 * own copy at once, other nodes within {@link #FRESH_FOR}.
 */
final class AppDataRecords {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /**
     * An app's schema and where its data is.
     *
     * @param schema the schema in force
     * @param layout the tables and columns
     */
    record Stored(AppSchema schema, StorageLayout layout) {

    }

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final Cache<Long, Optional<Stored>> recent = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(FRESH_FOR)
        .build();

    AppDataRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The app's schema and layout, from memory when read in the last few seconds. */
    Optional<Stored> find(long projectId) {
        return this.recent.get(projectId, id -> read(id, ""));
    }

    /**
     * The app's schema and layout, read now and locked until the transaction ends, so
     * migrations of one app never run at once.
     */
    Optional<Stored> lock(long projectId) {
        return read(projectId, " FOR UPDATE");
    }

    private Optional<Stored> read(long projectId, String lock) {
        return this.jdbc.sql("SELECT schema_json, layout FROM app_data WHERE project_id = ?" + lock)
            .param(projectId)
            .query((rs, n) -> new Stored(AppSchema.parse(rs.getString(1)).orThrow(),
                    StorageLayout.fromJson(this.json, rs.getString(2))))
            .optional();
    }

    void save(long projectId, AppSchema schema, StorageLayout layout, boolean exists) {
        String sql = exists ? "UPDATE app_data SET schema_json = ?, layout = ?, updated_at = ? WHERE project_id = ?"
                : "INSERT INTO app_data (schema_json, layout, updated_at, project_id) VALUES (?, ?, ?, ?)";
        this.jdbc.sql(sql)
            .params(schema.toJson(), layout.toJson(this.json), Timestamp.from(Instant.now()), projectId)
            .update();
    }

    /** Forgets what this node keeps of the app, after a change of its schema. */
    void forget(long projectId) {
        this.recent.invalidate(projectId);
    }

    void delete(long projectId) {
        this.jdbc.sql("DELETE FROM app_data WHERE project_id = ?").param(projectId).update();
        forget(projectId);
    }

    /**
     * Counts rows and bytes about to be written, if the app stays within its limits;
     * false, counting nothing, when it would not. Rows and bytes may be negative (an
     * update that shrinks a row always passes).
     */
    boolean reserve(long projectId, long rows, long bytes, long maxRows, long maxBytes) {
        return this.jdbc
            .sql("UPDATE app_data SET row_count = row_count + ?, byte_count = byte_count + ? WHERE project_id = ? "
                    + "AND (? <= 0 OR row_count + ? <= ?) AND (? <= 0 OR byte_count + ? <= ?)")
            .params(rows, bytes, projectId, rows, rows, maxRows, bytes, bytes, maxBytes)
            .update() == 1;
    }

    /** Uncounts a deleted row's bytes. */
    void release(long projectId, long rows, long bytes) {
        this.jdbc
            .sql("UPDATE app_data SET row_count = GREATEST(row_count - ?, 0), byte_count = GREATEST(byte_count - ?, 0) "
                    + "WHERE project_id = ?")
            .params(rows, bytes, projectId)
            .update();
    }

    DataUsage usage(long projectId) {
        return this.jdbc.sql("SELECT row_count, byte_count FROM app_data WHERE project_id = ?")
            .param(projectId)
            .query((rs, n) -> new DataUsage(rs.getLong(1), rs.getLong(2)))
            .optional()
            .orElse(DataUsage.NONE);
    }

}
