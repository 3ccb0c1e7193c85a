package dev.faibric.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * One rate ({@code capacity} each {@code period}, refilled smoothly) for many callers, a
 * Bucket4j bucket each, in memory on this node. The map is bounded: a bucket unused for a
 * whole period is full again and is dropped, and past {@code maxKeys} the least recently
 * used go first, so many addresses cost bounded memory (one evicted early starts again
 * full).
 */
final class Buckets {

    private final int capacity;

    private final Duration period;

    private final Cache<String, Bucket> buckets;

    Buckets(int capacity, Duration period, int maxKeys) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period).build();
    }

    /**
     * Takes one from {@code key}'s bucket; empty when taken, else how long until one is
     * free.
     */
    Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives back one taken for a request that another limit refused after all. */
    void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** What {@code key} may still take now. */
    long available(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null ? capacity : bucket.getAvailableTokens();
    }

    int capacity() {
        return capacity;
    }

    Duration period() {
        return period;
    }

    private Bucket bucket(String key) {
        return buckets.get(key,
                k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .build());
    }

}
