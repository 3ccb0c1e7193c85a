package dev.faibric.project;

import dev.faibric.platform.DatabaseRetry;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects: what was asked, what it was built from, and where its live version runs;
 * plain SQL that runs on H2 and PostgreSQL alike. Versions are {@link ProjectVersions},
 * build leases {@link BuildLeases}.
 */
@Repository
public class Projects {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final DatabaseRetry retry;

    private final ProjectRows rows;

    public Projects(JdbcClient jdbc, JsonMapper json, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.json = json;
        this.retry = retry;
        this.rows = new ProjectRows();
    }

    public Project create(NewProject project) {
        Timestamp now = Timestamp.from(Instant.now());
        String slug = slugFor(project.title());
        jdbc.sql("INSERT INTO projects (slug, title, prompt, app_type, status, owner_id, created_at, updated_at) "
                + "VALUES (:slug, :title, :prompt, :appType, :status, :owner, :now, :now)")
            .param("slug", slug)
            .param("title", project.title())
            .param("prompt", project.prompt())
            .param("appType", project.appType().wire())
            .param("status", ProjectStatus.GENERATING.name())
            .param("owner", project.ownerId())
            .param("now", now)
            .update();
        return findBySlug(slug).orElseThrow();
    }

    public Optional<Project> find(long id) {
        return retry.statement("find project",
                () -> jdbc.sql("SELECT " + ProjectRows.PROJECT_COLUMNS + " FROM projects WHERE id = ?")
                    .param(id)
                    .query(rows::project)
                    .optional());
    }

    public Optional<Project> findBySlug(String slug) {
        return jdbc.sql("SELECT " + ProjectRows.PROJECT_COLUMNS + " FROM projects WHERE slug = ?")
            .param(slug)
            .query(rows::project)
            .optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<Project> recent(long ownerId, int limit) {
        return jdbc
            .sql("SELECT " + ProjectRows.PROJECT_COLUMNS
                    + " FROM projects WHERE owner_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?")
            .params(ownerId, limit)
            .query(rows::project)
            .list();
    }

    public void describe(long id, String title, AppType appType, boolean requiresBackend) {
        retry.statement("describe project", () -> jdbc
            .sql("UPDATE projects SET title = ?, app_type = ?, requires_backend = ?, updated_at = ? WHERE id = ?")
            .params(title, appType.wire(), requiresBackend, Timestamp.from(Instant.now()), id)
            .update());
    }

    public void updateStatus(long id, ProjectStatus status) {
        retry.statement("update project status",
                () -> jdbc.sql("UPDATE projects SET status = ?, updated_at = ? WHERE id = ?")
                    .params(status.name(), Timestamp.from(Instant.now()), id)
                    .update());
    }

    /**
     * Records what of the code library a project was built from (the seed's
     * {@code reused_components}).
     */
    public void recordReuse(long id, List<String> slugs) {
        retry.statement("record reuse",
                () -> jdbc.sql("UPDATE projects SET reused_components = CAST(? AS jsonb) WHERE id = ?")
                    .params(json.writeValueAsString(slugs), id)
                    .update());
    }

    /**
     * Version {@code version} is live at {@code url}: it becomes the project's current
     * version.
     */
    public void markDeployed(long id, int version, String url) {
        retry.statement("mark deployed", () -> jdbc
            .sql("UPDATE projects SET status = ?, current_version = ?, deployed_url = ?, updated_at = ? WHERE id = ?")
            .params(ProjectStatus.READY.name(), version, url, Timestamp.from(Instant.now()), id)
            .update());
    }

    /** What {@link #delete} did. */
    enum Deletion {

        DELETED, BUILDING, ABSENT

    }

    /**
     * Deletes a project with everything that references it (its versions, events,
     * variables, secrets, app users and data record), unless a build holds its lease: one
     * statement, so a build cannot start in between.
     */
    Deletion delete(long id) {
        Timestamp now = Timestamp.from(Instant.now());
        return retry.transaction("delete project", () -> {
            int deleted = jdbc
                .sql("DELETE FROM projects WHERE id = ? AND (build_lease_until IS NULL OR build_lease_until < ?)")
                .params(id, now)
                .update();
            if (deleted == 1) {
                return Deletion.DELETED;
            }
            return exists(id) ? Deletion.BUILDING : Deletion.ABSENT;
        }, done -> done == Deletion.DELETED && !exists(id));
    }

    /** The last event sequence number of each of the given projects. */
    public Map<Long, Long> lastEventSeqs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> latest = new HashMap<>();
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        jdbc.sql("SELECT id, last_event_seq FROM projects WHERE id IN (" + in + ")")
            .params(List.copyOf(ids))
            .query((rs, row) -> latest.put(rs.getLong(1), rs.getLong(2)))
            .list();
        return latest;
    }

    static String slugFor(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "app";
        }
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
        }
        return base + "-" + suffix;
    }

}
