package dev.faibric.realtime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted, per-project sequence of events. Sequence numbers start at 1 and increase by one;
 * a client that reconnects reads everything after the last number it saw. Callers serialise appends
 * per project (see {@link ProjectEvents}).
 */
@Repository
class EventLog {

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<Long, AtomicLong> lastSeq = new ConcurrentHashMap<>();

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextSeq(long projectId) {
        return lastSeq.computeIfAbsent(projectId, id -> new AtomicLong(
                jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM project_events WHERE project_id = ?")
                        .param(id).query(Long.class).single())).get() + 1;
    }

    void append(ProjectEvent event) {
        jdbc.sql("INSERT INTO project_events (project_id, seq, type, body, created_at) VALUES (?, ?, ?, CAST(? AS jsonb), ?)")
                .params(event.projectId(), event.seq(), event.type(), event.json(),
                        Timestamp.from(Instant.ofEpochMilli(event.timestamp())))
                .update();
        lastSeq.get(event.projectId()).set(event.seq());
    }

    List<ProjectEvent> after(long projectId, long seq, int limit) {
        return jdbc.sql("SELECT seq, type, body, created_at FROM project_events WHERE project_id = ? AND seq > ? "
                        + "ORDER BY seq LIMIT ?")
                .params(projectId, seq, limit)
                .query((rs, row) -> new ProjectEvent(projectId, rs.getLong("seq"), rs.getString("type"),
                        rs.getTimestamp("created_at").toInstant().toEpochMilli(), rs.getString("body")))
                .list();
    }
}
