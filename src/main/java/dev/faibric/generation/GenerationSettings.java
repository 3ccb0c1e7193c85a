package dev.faibric.generation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine's settings, with their defaults. How long a prompt or change request may be,
 * and how often progress is reported. The build lease: a node building a project holds a
 * lease of {@code lease} in the project's row and renews it every {@code leaseRenewal};
 * every {@code interruptedSweep} each node reports the builds whose lease ran out (their
 * node died) as interrupted. How many builds one node runs at once, and how long a
 * stopping node lets running builds finish before it interrupts them.
 */
@ConfigurationProperties("faibric.generation")
public record GenerationSettings(Integer promptMaxLength, Duration progressInterval, Duration lease,
        Duration leaseRenewal, Duration interruptedSweep, Integer maxConcurrentBuilds, Duration shutdownGrace) {

    public GenerationSettings {
        promptMaxLength = promptMaxLength == null || promptMaxLength <= 0 ? 4000 : promptMaxLength;
        progressInterval = progressInterval == null ? Duration.ofMillis(250) : progressInterval;
        lease = positive(lease, Duration.ofSeconds(30));
        leaseRenewal = positive(leaseRenewal, Duration.ofSeconds(10));
        interruptedSweep = positive(interruptedSweep, Duration.ofSeconds(15));
        maxConcurrentBuilds = maxConcurrentBuilds == null || maxConcurrentBuilds <= 0 ? 256 : maxConcurrentBuilds;
        shutdownGrace = shutdownGrace == null || shutdownGrace.isNegative() ? Duration.ofSeconds(20) : shutdownGrace;
        if (leaseRenewal.compareTo(lease) >= 0) {
            // A lease renewed no more often than it lasts runs out under a running build,
            // which another node would then report as interrupted.
            throw new IllegalArgumentException("faibric.generation.lease-renewal (" + leaseRenewal
                    + ") must be shorter than faibric.generation.lease (" + lease + ")");
        }
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }

}
