package dev.faibric.realtime;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs each project's deliveries one after another, in the order they were given, without ever
 * blocking the giver: a project with deliveries waiting has one virtual thread running them, and
 * none when it has none. Projects do not wait for each other, so a slow socket of one project
 * delays nobody else's events.
 */
final class OrderedDelivery {

    private final ConcurrentHashMap<Long, Queue<Runnable>> waiting = new ConcurrentHashMap<>();

    void submit(long projectId, Runnable delivery) {
        boolean[] first = {false};
        Queue<Runnable> queue = waiting.compute(projectId, (id, existing) -> {
            Queue<Runnable> q = existing;
            if (q == null) {
                q = new ConcurrentLinkedQueue<>();
                first[0] = true;
            }
            q.add(delivery);
            return q;
        });
        if (first[0]) {
            Thread.ofVirtual().name("deliver-" + projectId).start(() -> drain(projectId, queue));
        }
    }

    private void drain(long projectId, Queue<Runnable> queue) {
        do {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
            // Leave only when the queue is still empty under the map's lock, which submit also takes.
        } while (waiting.compute(projectId, (id, q) -> q == queue && q.isEmpty() ? null : q) == queue);
    }
}
