package dev.faibric.generation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the generation API (how long a prompt may be, how often progress is reported)
 * and the build lease: a node building a project holds a lease of {@code lease} in the
 * project's row and renews it every {@code leaseRenewal}; every {@code interruptedSweep}
 * each node reports the builds whose lease ran out (their node died) as interrupted.
 */
@ConfigurationProperties("faibric.generation")
public record GenerationSettings(int promptMaxLength, Duration progressInterval, Duration lease, Duration leaseRenewal,
        Duration interruptedSweep) {

    public GenerationSettings {
        promptMaxLength = promptMaxLength <= 0 ? 4000 : promptMaxLength;
        progressInterval = progressInterval == null ? Duration.ofMillis(100) : progressInterval;
        lease = positive(lease, Duration.ofSeconds(30));
        leaseRenewal = positive(leaseRenewal, Duration.ofSeconds(10));
        interruptedSweep = positive(interruptedSweep, Duration.ofSeconds(15));
        if (leaseRenewal.compareTo(lease) >= 0) {
            // A lease renewed no more often than it lasts runs out under a running build,
            // which
            // another node would then report as interrupted.
            throw new IllegalArgumentException("faibric.generation.lease-renewal (" + leaseRenewal
                    + ") must be shorter than faibric.generation.lease (" + lease + ")");
        }
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
