package dev.faibric.dataapi;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens to an app's data that a row was created, changed or deleted: the
 * collection, what happened and the row's id, never its content (listeners read it again
 * with their own rights).
 */
@Component
class DataChanges {

    /** What happened to a row. */
    enum Action {

        CREATED, UPDATED, DELETED;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

    }

    /**
     * One change.
     *
     * @param projectId the app
     * @param collection the collection
     * @param action what happened
     * @param id the row
     */
    record Change(long projectId, String collection, Action action, long id) {

    }

    private final Map<Long, Set<Consumer<Change>>> listeners = new ConcurrentHashMap<>();

    void publish(long projectId, String collection, Action action, long id) {
        deliver(new Change(projectId, collection, action, id));
    }

    /** Hands a change to this node's listeners of its app. */
    void deliver(Change change) {
        this.listeners.getOrDefault(change.projectId(), Set.of()).forEach(listener -> listener.accept(change));
    }

    /** Listens to an app's changes on this node until closed. */
    AutoCloseable listen(long projectId, Consumer<Change> listener) {
        this.listeners.compute(projectId, (id, set) -> {
            Set<Consumer<Change>> joined = (set == null) ? ConcurrentHashMap.newKeySet() : set;
            joined.add(listener);
            return joined;
        });
        return () -> this.listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

}
