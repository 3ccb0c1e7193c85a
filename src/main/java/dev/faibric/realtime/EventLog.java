package dev.faibric.realtime;

import dev.faibric.database.DatabaseRetry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted, per-project sequence of events. Sequence numbers start at 1 and increase by one;
 * a client that reconnects reads everything after the last number it saw. The number comes from
 * the project's row ({@code last_event_seq}), incremented in the same transaction as the insert,
 * so nodes sharing the database number one project's events in a single order. Appending and
 * reading are run again when the database connection was lost.
 */
@Repository
class EventLog {

    private final JdbcClient jdbc;
    private final DatabaseRetry retry;

    EventLog(JdbcClient jdbc, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
    }

    /**
     * Numbers and stores one event; the body gets its number from {@code withSeq}. An event whose
     * commit lost its connection is known by its number, type and time if it was stored after all.
     */
    ProjectEvent append(long projectId, String type, long timestamp, java.util.function.LongFunction<String> withSeq) {
        Timestamp at = Timestamp.from(Instant.ofEpochMilli(timestamp));
        return retry.transaction("append event", () -> {
            jdbc.sql("UPDATE projects SET last_event_seq = last_event_seq + 1 WHERE id = ?").param(projectId).update();
            long seq = jdbc.sql("SELECT last_event_seq FROM projects WHERE id = ?").param(projectId).query(Long.class).single();
            String json = withSeq.apply(seq);
            jdbc.sql("INSERT INTO project_events (project_id, seq, type, body, created_at) VALUES (?, ?, ?, CAST(? AS jsonb), ?)")
                    .params(projectId, seq, type, json, at)
                    .update();
            return new ProjectEvent(projectId, seq, type, timestamp, json);
        }, event -> jdbc.sql("SELECT COUNT(*) FROM project_events WHERE project_id = ? AND seq = ? AND type = ? AND created_at = ?")
                .params(projectId, event.seq(), type, at).query(Long.class).single() > 0);
    }

    List<ProjectEvent> after(long projectId, long seq, int limit) {
        return retry.statement("read events", () -> jdbc.sql("SELECT seq, type, body, created_at FROM project_events "
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
}
