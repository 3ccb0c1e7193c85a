package dev.faibric.realtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The watchers of each project on this node, and the delivery of an event to them. */
final class LocalWatchers {

    private static final Logger log = LoggerFactory.getLogger(LocalWatchers.class);

    private final ConcurrentHashMap<Long, Set<Consumer<ProjectEvent>>> listeners = new ConcurrentHashMap<>();

    void deliver(ProjectEvent event) {
        Set<Consumer<ProjectEvent>> watchers = listeners.get(event.projectId());
        if (watchers == null) {
            return;
        }
        for (Consumer<ProjectEvent> watcher : watchers) {
            try {
                watcher.accept(event);
            }
            catch (RuntimeException e) {
                log.warn("A watcher of project {} failed on event {}: {}", event.projectId(), event.seq(),
                        e.toString());
            }
        }
    }

    AutoCloseable add(long projectId, Consumer<ProjectEvent> listener) {
        // Added under the map's lock: a last watcher leaving at the same moment cannot
        // drop the set it joins.
        listeners.compute(projectId, (id, set) -> {
            Set<Consumer<ProjectEvent>> watchers = set == null ? new CopyOnWriteArraySet<>() : set;
            watchers.add(listener);
            return watchers;
        });
        return () -> listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    Set<Long> projects() {
        return listeners.keySet();
    }

}
