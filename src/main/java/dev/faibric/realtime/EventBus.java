package dev.faibric.realtime;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Fans events out to every watcher of a project: on this node (in-process) or on every
 * node (Redis).
 */
interface EventBus {

    void publish(ProjectEvent event);

    AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener);

    /** The projects someone on this node is watching. */
    Set<Long> watchedProjects();

}
