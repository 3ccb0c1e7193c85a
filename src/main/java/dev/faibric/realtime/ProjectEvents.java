package dev.faibric.realtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a project's events: each gets the next sequence number, is stored in the event log,
 * and only then is fanned out, so anything a watcher receives can also be replayed.
 */
@Service
public class ProjectEvents {

    private final EventLog log;
    private final EventBus bus;
    private final JsonMapper json;
    private final ConcurrentHashMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    ProjectEvents(EventLog log, EventBus bus, JsonMapper json) {
        this.log = log;
        this.bus = bus;
        this.json = json;
    }

    public ProjectEvent publish(long projectId, EventType type, Object content) {
        return publish(projectId, type, content, Map.of());
    }

    /** Publishes {@code {seq, type, content, timestamp, ...extra}}; extra fields are type-specific (url, path, ...). */
    public ProjectEvent publish(long projectId, EventType type, Object content, Map<String, ?> extra) {
        // One publisher per project on this node at a time: events leave in the order they were numbered.
        ReentrantLock lock = locks.computeIfAbsent(projectId, id -> new ReentrantLock());
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type.wire());
            body.put("content", content);
            body.put("timestamp", now);
            body.putAll(extra);
            ProjectEvent event = log.append(projectId, type.wire(), now, json.writeValueAsString(body));
            bus.publish(event);
            return event;
        } finally {
            lock.unlock();
        }
    }

    /** Events after {@code seq}, oldest first, at most {@code limit}. */
    public List<ProjectEvent> after(long projectId, long seq, int limit) {
        return log.after(projectId, seq, limit);
    }

    /** Live events of a project from now on; close the handle to stop. */
    public AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener) {
        return bus.subscribe(projectId, listener);
    }
}
