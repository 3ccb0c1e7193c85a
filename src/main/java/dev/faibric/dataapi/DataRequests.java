package dev.faibric.dataapi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faibric.datastore.DataSettings;
import dev.faibric.hosting.AppOrigin;
import dev.faibric.limits.LimitExceeded;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the app a request on an app's origin is for, from the host alone, and counts the
 * request against the app's rate for the client's address: at most so many a minute, all
 * of them again once the minute is over (per node, like every rate: {@code n} nodes admit
 * up to {@code n} times as many). A request anywhere else, such as {@code /_api/...} on
 * the platform's own host, finds no app.
 */
@Component
class DataRequests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Projects projects;

    private final int perMinute;

    /** Slugs never change, so an app once found is remembered for a while. */
    private final Cache<String, Long> apps = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(5))
        .build();

    private final Cache<String, Bucket> rates = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterAccess(MINUTE)
        .build();

    DataRequests(Projects projects, DataSettings settings) {
        this.projects = projects;
        this.perMinute = settings.requestsPerMinute();
    }

    /**
     * The app, counted.
     * @throws ResponseStatusException 404 when the request did not come to an app's
     * origin or no app has that name
     * @throws LimitExceeded 429 when the address sent too many requests to the app
     */
    DataApp app(HttpServletRequest request) {
        AppOrigin origin = AppOrigin.of(request)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is nothing at " + request.getMethod() + " " + request.getRequestURI() + "."));
        Long projectId = this.apps.getIfPresent(origin.slug());
        if (projectId == null) {
            projectId = this.projects.findBySlug(origin.slug())
                .map(Project::id)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No app is deployed at this address."));
            this.apps.put(origin.slug(), projectId);
        }
        count(projectId, request.getRemoteAddr());
        return new DataApp(projectId, origin);
    }

    private void count(long projectId, String address) {
        ConsumptionProbe probe = this.rates
            .get(projectId + " " + address,
                    key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(this.perMinute).refillIntervally(this.perMinute, MINUTE))
                        .build())
            .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new LimitExceeded("Too many requests to this app's data: at most " + this.perMinute
                    + " a minute from one address. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."),
                    wait);
        }
    }

}
