package dev.faibric.realtime;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The realtime settings, with their defaults.
 *
 * @param redisUrl Redis for fan-out across nodes ({@code REDIS_URL}); blank for the
 * in-process bus
 * @param allowedOrigins browser origins besides the platform's own that may open project
 * sockets ({@code FAIBRIC_WEB_ALLOWED_ORIGINS}, e.g. the Vite dev server)
 * @param eventRetention how long the event log keeps events for replay
 * ({@code FAIBRIC_EVENT_RETENTION})
 * @param retentionSweep how often older events are deleted
 * @param catchUpInterval how often sockets still short of a logged event read it from the
 * log
 * @param sendTimeout how long one write may wait for a client that does not read before
 * the socket is given up
 * @param publishers the platform threads that store and fan out events when the log is
 * over the network
 * @param maxSocketWriters at most this many sockets are being written to at once (each
 * writer exists only while its socket has something to write)
 */
@ConfigurationProperties("faibric.realtime")
public record RealtimeSettings(@Nullable String redisUrl, List<String> allowedOrigins, Duration eventRetention,
        Duration retentionSweep, Duration catchUpInterval, Duration sendTimeout, int publishers, int maxSocketWriters) {

    public RealtimeSettings {
        redisUrl = redisUrl == null || redisUrl.isBlank() ? null : redisUrl.strip();
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        eventRetention = positive(eventRetention, Duration.ofDays(30));
        retentionSweep = positive(retentionSweep, Duration.ofHours(1));
        catchUpInterval = positive(catchUpInterval, Duration.ofSeconds(2));
        sendTimeout = positive(sendTimeout, Duration.ofSeconds(10));
        publishers = publishers <= 0 ? 16 : publishers;
        maxSocketWriters = maxSocketWriters <= 0 ? 2048 : maxSocketWriters;
    }

    private static Duration positive(@Nullable Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }

}
