package dev.faibric.realtime;

import java.util.function.Consumer;

/** Fans events out to every watcher of a project (in-process now; across nodes via Redis later). */
interface EventBus {

    void publish(ProjectEvent event);

    AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener);
}
