package dev.faibric.datastore;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of every app's data, with their defaults ({@code FAIBRIC_DATA_...}).
 *
 * @param maxBody the largest request body the data API reads (413 beyond)
 * @param maxRows the most rows an app keeps in all its collections
 * @param maxBytes about how many bytes of values an app keeps
 * @param requestsPerMinute data API requests a minute from one address to one app, on one
 * node (429 beyond)
 * @param maxListeners live-update listeners of one app on one node
 * @param heartbeat how often a live-update stream sends a comment, so proxies keep it
 * open
 */
@ConfigurationProperties("faibric.data")
public record DataSettings(DataSize maxBody, Long maxRows, DataSize maxBytes, Integer requestsPerMinute,
        Integer maxListeners, Duration heartbeat) {

    public static final DataSettings DEFAULTS = new DataSettings(null, null, null, null, null, null);

    public DataSettings {
        maxBody = positive(maxBody, DataSize.ofKilobytes(512));
        maxRows = (maxRows == null || maxRows <= 0) ? 100_000L : maxRows;
        maxBytes = positive(maxBytes, DataSize.ofMegabytes(50));
        requestsPerMinute = (requestsPerMinute == null || requestsPerMinute <= 0) ? 600 : requestsPerMinute;
        maxListeners = (maxListeners == null || maxListeners <= 0) ? 1_000 : maxListeners;
        heartbeat = (heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()) ? Duration.ofSeconds(20)
                : heartbeat;
    }

    private static DataSize positive(@Nullable DataSize size, DataSize fallback) {
        return (size == null || size.toBytes() <= 0) ? fallback : size;
    }

}
