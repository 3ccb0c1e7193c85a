package dev.faibric.realtime;

import dev.faibric.platform.DatabaseRetry;
import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The persisted, per-project sequence of events. Sequence numbers start at 1 and increase
 * by one; a client that reconnects reads everything after the last number it saw. The
 * number comes from the project's row ({@code last_event_seq}), incremented in the same
 * statement or transaction as the insert, so nodes sharing the database number one
 * project's events in a single order. Appending and reading are run again when the
 * database connection was lost.
 *
 * <p>
 * On PostgreSQL an append is one statement (one round trip, atomic by itself): every
 * event of every build goes through here, so round trips under load are what latency is
 * made of. The embedded H2 has no data-modifying WITH and no network, so it runs the same
 * steps in a transaction.
 */
@Repository
class EventLog {

    private static final String NEXT_SEQ = "UPDATE projects SET last_event_seq = last_event_seq + 1 WHERE id = ?";

    private static final String APPEND_POSTGRESQL = "WITH next AS (" + NEXT_SEQ + " RETURNING last_event_seq) "
            + "INSERT INTO project_events (project_id, seq, type, body, created_at, event_key) "
            + "SELECT ?, next.last_event_seq, ?, CAST(? AS jsonb) || jsonb_build_object('seq', next.last_event_seq), ?, ? "
            + "FROM next RETURNING seq";

    /** The event an append whose connection was lost may have stored after all. */
    private static final String FIND = "SELECT seq FROM project_events WHERE project_id = ? AND event_key = ?";

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    private final boolean postgresql;

    EventLog(DataSource dataSource, DatabaseRetry retry) {
        this.jdbc = JdbcClient.create(dataSource);
        this.retry = retry;
        this.postgresql = "PostgreSQL".equals(productName(dataSource));
    }

    /**
     * Numbers and stores one event. {@code fields} is the event's JSON object without its
     * number; the stored and returned JSON have {@code seq} added (first, in what is sent
     * live).
     */
    ProjectEvent append(long projectId, String type, long timestamp, String fields) {
        Timestamp at = Timestamp.from(Instant.ofEpochMilli(timestamp));
        String key = UUID.randomUUID().toString();
        long seq;
        try {
            seq = postgresql ? retry.statement("append event",
                    () -> jdbc.sql(APPEND_POSTGRESQL)
                        .params(projectId, projectId, type, fields, at, key)
                        .query(Long.class)
                        .single(),
                    () -> stored(projectId, key)) : retry.transaction("append event", () -> {
                        jdbc.sql(NEXT_SEQ).param(projectId).update();
                        long next = jdbc.sql("SELECT last_event_seq FROM projects WHERE id = ?")
                            .param(projectId)
                            .query(Long.class)
                            .single();
                        jdbc.sql("INSERT INTO project_events (project_id, seq, type, body, created_at, event_key) "
                                + "VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)")
                            .params(projectId, next, type, numbered(next, fields), at, key)
                            .update();
                        return next;
                    }, next -> stored(projectId, key).isPresent());
        }
        catch (DuplicateKeyException e) {
            // Sent again after a lost connection, while the first attempt was still on
            // its way and then committed: that one stands, and this one was refused
            // whole.
            seq = stored(projectId, key).orElseThrow(() -> e);
        }
        return new ProjectEvent(projectId, seq, type, timestamp, numbered(seq, fields));
    }

    private Optional<Long> stored(long projectId, String key) {
        return jdbc.sql(FIND).params(projectId, key).query(Long.class).optional();
    }

    /**
     * Whether an append waits on the network (PostgreSQL), not on an embedded database.
     */
    boolean overNetwork() {
        return postgresql;
    }

    /** {@code {"a":1}} numbered 7 is {@code {"seq":7,"a":1}}. */
    static String numbered(long seq, String fields) {
        String rest = fields.substring(1).strip();
        return "{\"seq\":" + seq + (rest.equals("}") ? "" : ",") + rest;
    }

    List<ProjectEvent> after(long projectId, long seq, int limit) {
        return retry.statement("read events",
                () -> jdbc
                    .sql("SELECT seq, type, body, created_at FROM project_events "
                            + "WHERE project_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                    .params(projectId, seq, limit)
                    .query((rs, row) -> new ProjectEvent(projectId, rs.getLong("seq"), rs.getString("type"),
                            rs.getTimestamp("created_at").toInstant().toEpochMilli(), rs.getString("body")))
                    .list());
    }

    /** Deletes events older than {@code before}; returns how many. */
    int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM project_events WHERE created_at < ?").param(Timestamp.from(before)).update();
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot read which database the event log is on", e);
        }
    }

}
