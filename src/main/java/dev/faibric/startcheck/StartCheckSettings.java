package dev.faibric.startcheck;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether versions are started on the server before they go live, how long an app may
 * take to start there before it is taken to hang, and how many apps this node starts at
 * once: each holds a core while it runs, so by default half the cores (at least one),
 * which leaves the rest to the events, sockets and requests that must not wait.
 */
@ConfigurationProperties("faibric.start-check")
public record StartCheckSettings(Boolean enabled, Duration timeout, Integer concurrency) {

    public StartCheckSettings {
        enabled = enabled == null || enabled;
        timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(10) : timeout;
        concurrency = concurrency == null || concurrency <= 0
                ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : concurrency;
    }

}
