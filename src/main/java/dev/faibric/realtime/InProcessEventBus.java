package dev.faibric.realtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The embedded default: watchers on this node, called in publishing order. */
@Component
class InProcessEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessEventBus.class);

    private final ConcurrentHashMap<Long, Set<Consumer<ProjectEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(ProjectEvent event) {
        Set<Consumer<ProjectEvent>> watchers = listeners.get(event.projectId());
        if (watchers == null) {
            return;
        }
        for (Consumer<ProjectEvent> watcher : watchers) {
            try {
                watcher.accept(event);
            } catch (RuntimeException e) {
                log.warn("A watcher of project {} failed on event {}: {}", event.projectId(), event.seq(), e.toString());
            }
        }
    }

    @Override
    public AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener) {
        listeners.computeIfAbsent(projectId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
