package dev.faibric.dataapi;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Tells whoever listens to an app's data that a row was created, changed or deleted: the
 * collection, what happened and the row's id, never its content (listeners read it again
 * with their own rights). Listeners on this node hear at once; with a relay (Redis) every
 * other node's listeners hear too.
 */
class DataChanges implements AutoCloseable {

    /** What happened to a row. */
    enum Action {

        CREATED, UPDATED, DELETED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
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

    /** Carries changes to the other nodes, and theirs here. */
    interface Relay extends AutoCloseable {

        void send(Change change);

    }

    private final Map<Long, Set<Consumer<Change>>> listeners = new ConcurrentHashMap<>();

    private final @Nullable Relay relay;

    /** Changes on this node only. */
    DataChanges() {
        this.relay = null;
    }

    /**
     * Changes on every node.
     * @param relay makes the relay, given where to hand the changes it receives
     */
    DataChanges(Function<Consumer<Change>, Relay> relay) {
        this.relay = relay.apply(this::deliver);
    }

    void publish(long projectId, String collection, Action action, long id) {
        Change change = new Change(projectId, collection, action, id);
        deliver(change);
        if (this.relay != null) {
            this.relay.send(change);
        }
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

    @Override
    public void close() throws Exception {
        if (this.relay != null) {
            this.relay.close();
        }
    }

}
