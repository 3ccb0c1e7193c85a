package dev.faibric.hosting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dev.faibric.platform.DatabaseRetry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each app's server code answers: the version serving its {@code /api/}, on which
 * tier, the upstream Faibric's proxy forwards to, and the handle (a container, a
 * Deployment) that serves it. Stored, so every node and every restart agrees; switching
 * to a new version is one update of one row.
 */
@Repository
public class ServerRoutes {

    /** A live app server. */
    public record Route(long projectId, String slug, int version, String tier, URI upstream, @Nullable String handle) {
    }

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    /**
     * Read on every proxied request; a switch on another node is seen within a second.
     */
    private final Cache<String, Optional<Route>> recent = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofSeconds(1))
        .build();

    ServerRoutes(JdbcClient jdbc, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
    }

    public Optional<Route> find(String slug) {
        return recent.get(slug,
                key -> retry.statement("find the server route of an app", () -> jdbc
                    .sql("SELECT project_id, slug, version, tier, upstream, handle FROM app_servers WHERE slug = ?")
                    .param(key)
                    .query((rs, n) -> new Route(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            URI.create(rs.getString(5)), rs.getString(6)))
                    .optional()));
    }

    public List<Route> all() {
        return jdbc.sql("SELECT project_id, slug, version, tier, upstream, handle FROM app_servers ORDER BY project_id")
            .query((rs, n) -> new Route(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                    URI.create(rs.getString(5)), rs.getString(6)))
            .list();
    }

    /** Points the app's {@code /api/} at this version, in one statement. */
    public void switchTo(Route route) {
        // Update, else insert: running it again after a lost connection writes the same
        // row.
        retry.statement("switch the server route of an app", () -> {
            write(route);
            return route;
        });
        recent.invalidate(route.slug());
    }

    private void write(Route route) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc
            .sql("UPDATE app_servers SET version = ?, tier = ?, upstream = ?, handle = ?, updated_at = ? "
                    + "WHERE project_id = ?")
            .params(route.version(), route.tier(), route.upstream().toString(), route.handle(), now, route.projectId())
            .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO app_servers (project_id, slug, version, tier, upstream, handle, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(route.projectId(), route.slug(), route.version(), route.tier(), route.upstream().toString(),
                        route.handle(), now)
                .update();
        }
    }

    public void remove(String slug) {
        retry.statement("remove the server route of an app",
                () -> jdbc.sql("DELETE FROM app_servers WHERE slug = ?").param(slug).update());
        recent.invalidate(slug);
    }

}
