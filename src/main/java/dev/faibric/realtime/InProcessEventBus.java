package dev.faibric.realtime;

import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded default: watchers on this node, called in publishing order. The Redis bus
 * builds on it.
 */
class InProcessEventBus implements EventBus {

    private final LocalWatchers watchers = new LocalWatchers();

    @Override
    public void publish(ProjectEvent event) {
        deliverHere(event);
    }

    /** Hands an event to the watchers on this node. */
    void deliverHere(ProjectEvent event) {
        watchers.deliver(event);
    }

    @Override
    public AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener) {
        return watchers.add(projectId, listener);
    }

    @Override
    public Set<Long> watchedProjects() {
        return watchers.projects();
    }

}
