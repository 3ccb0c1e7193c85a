package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.dataapi.DataChanges.Action;
import dev.faibric.dataapi.DataChanges.Change;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Data changes across two nodes over the real Redis: a listener on one node hears a
 * change made on the other, once, and the node that made it hears it once too (not again
 * from Redis).
 */
@Tag("serial")
class RedisRelayTests {

    static final String REDIS = "redis://127.0.0.1:6379";

    @Test
    void aChangeOnOneNodeReachesTheListenersOfAnotherOnce() throws Exception {
        long app = ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
        BlockingQueue<Change> onA = new LinkedBlockingQueue<>();
        BlockingQueue<Change> onB = new LinkedBlockingQueue<>();
        try (DataChanges nodeA = new DataChanges(arrivals -> new RedisRelay(REDIS, arrivals));
                DataChanges nodeB = new DataChanges(arrivals -> new RedisRelay(REDIS, arrivals));
                AutoCloseable a = nodeA.listen(app, onA::add);
                AutoCloseable b = nodeB.listen(app, onB::add);
                AutoCloseable unrelated = nodeB.listen(app + 1, change -> onB.add(change))) {
            // B subscribes in the background: it is listening once a probe from A
            // arrives.
            BlockingQueue<Change> probes = new LinkedBlockingQueue<>();
            try (AutoCloseable probe = nodeB.listen(app + 2, probes::add)) {
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                do {
                    nodeA.publish(app + 2, "probes", Action.CREATED, 1);
                }
                while (probes.poll(100, TimeUnit.MILLISECONDS) == null && System.nanoTime() < until);
            }

            nodeA.publish(app, "posts", Action.CREATED, 12);

            Change expected = new Change(app, "posts", Action.CREATED, 12);
            assertThat(onB.poll(5, TimeUnit.SECONDS)).isEqualTo(expected);
            assertThat(onA.poll(1, TimeUnit.SECONDS)).isEqualTo(expected);
            // Redis keeps one publisher's order: once a later change arrives, a second
            // copy
            // of the first would have arrived before it.
            Change later = new Change(app, "posts", Action.DELETED, 12);
            nodeA.publish(app, "posts", Action.DELETED, 12);
            assertThat(onB.poll(5, TimeUnit.SECONDS)).isEqualTo(later);
            assertThat(onA.poll(1, TimeUnit.SECONDS)).isEqualTo(later);
            assertThat(List.copyOf(onA)).isEmpty();
            assertThat(List.copyOf(onB)).isEmpty();
        }
    }

}
