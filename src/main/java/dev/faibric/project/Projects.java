package dev.faibric.project;

import dev.faibric.database.DatabaseRetry;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects and their versions, stored with plain SQL that runs on H2 and PostgreSQL
 * alike.
 */
@Repository
public class Projects {

    private static final String COLUMNS = "id, slug, title, prompt, app_type, requires_backend, generation_version, "
            + "reused_components, status, current_version, deployed_url, created_at, updated_at";

    private static final TypeReference<List<SourceFile>> FILES = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String COST_COLUMNS = "ai_calls, input_tokens, output_tokens, first_token_ms, duration_ms, "
            + "ai_ms, ai_provider, ai_model";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Still generating, but its lease ran out, or it never got one and has not moved
     * since a given time.
     */
    private static final String ABANDONED = "status = ? AND ((build_lease_until IS NOT NULL AND build_lease_until < ?) "
            + "OR (build_lease_until IS NULL AND updated_at < ?))";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final DatabaseRetry retry;

    public Projects(JdbcClient jdbc, JsonMapper json, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.json = json;
        this.retry = retry;
    }

    public Project create(NewProject project) {
        Timestamp now = Timestamp.from(Instant.now());
        String slug = slugFor(project.title());
        jdbc.sql("INSERT INTO projects (slug, title, prompt, app_type, status, created_at, updated_at) "
                + "VALUES (:slug, :title, :prompt, :appType, :status, :now, :now)")
            .param("slug", slug)
            .param("title", project.title())
            .param("prompt", project.prompt())
            .param("appType", project.appType())
            .param("status", ProjectStatus.GENERATING.name())
            .param("now", now)
            .update();
        return findBySlug(slug).orElseThrow();
    }

    public Optional<Project> find(long id) {
        return retry.statement("find project",
                () -> jdbc.sql("SELECT " + COLUMNS + " FROM projects WHERE id = ?")
                    .param(id)
                    .query(this::project)
                    .optional());
    }

    public Optional<Project> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projects WHERE slug = ?")
            .param(slug)
            .query(this::project)
            .optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<Project> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projects ORDER BY updated_at DESC, id DESC LIMIT ?")
            .param(limit)
            .query(this::project)
            .list();
    }

    public void describe(long id, String title, String appType, boolean requiresBackend) {
        retry.statement("describe project", () -> jdbc
            .sql("UPDATE projects SET title = ?, app_type = ?, requires_backend = ?, updated_at = ? WHERE id = ?")
            .params(title, appType, requiresBackend, Timestamp.from(Instant.now()), id)
            .update());
    }

    public void updateStatus(long id, ProjectStatus status) {
        retry.statement("update project status",
                () -> jdbc.sql("UPDATE projects SET status = ?, updated_at = ? WHERE id = ?")
                    .params(status.name(), Timestamp.from(Instant.now()), id)
                    .update());
    }

    /**
     * Stores a new immutable version; {@link #markDeployed} makes it the project's
     * current one once it is live.
     */
    public ProjectVersion addVersion(long projectId, List<SourceFile> files, Map<String, Object> result,
            @Nullable String summary) {
        return addVersion(projectId, files, result, summary, GenerationCost.NONE);
    }

    /**
     * Stores a new immutable version with what it cost, whole or not at all. It is not
     * the project's current version yet: that is the live one, which
     * {@link #markDeployed} moves once the version is deployed, so a node that dies (or a
     * deployment that fails) in between leaves the project on its last live version, and
     * a change sent again is applied to that. Its time, to the millisecond, tells whether
     * a commit whose connection was lost went through.
     */
    public ProjectVersion addVersion(long projectId, List<SourceFile> files, Map<String, Object> result,
            @Nullable String summary, GenerationCost cost) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String filesJson = json.writeValueAsString(files);
        String resultJson = json.writeValueAsString(result);
        return retry.transaction("save version", () -> {
            int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM project_versions WHERE project_id = ?")
                .param(projectId)
                .query(Integer.class)
                .single();
            jdbc.sql("INSERT INTO project_versions (project_id, number, files, result, summary, created_at, ai_calls, "
                    + "input_tokens, output_tokens, first_token_ms, duration_ms, ai_ms, ai_provider, ai_model) "
                    + "VALUES (?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, number, filesJson, resultJson, summary, now, cost.aiCalls(), cost.inputTokens(),
                        cost.outputTokens(), cost.firstTokenMillis(), cost.durationMillis(), cost.aiMillis(),
                        cost.provider(), cost.model())
                .update();
            return new ProjectVersion(projectId, number, List.copyOf(files), result, summary, cost, now.toInstant());
        }, version -> jdbc
            .sql("SELECT COUNT(*) FROM project_versions WHERE project_id = ? AND number = ? AND created_at = ?")
            .params(projectId, version.number(), now)
            .query(Long.class)
            .single() > 0);
    }

    /** Takes the project's build lease for {@code owner} if nobody holds a live one. */
    public boolean acquireBuild(long id, String owner, Instant until) {
        Timestamp now = Timestamp.from(Instant.now());
        // Safe to run twice: the second run finds the lease already this owner's.
        return retry.statement("acquire build lease",
                () -> jdbc
                    .sql("UPDATE projects SET build_owner = ?, build_lease_until = ? WHERE id = ? "
                            + "AND (build_lease_until IS NULL OR build_lease_until < ? OR build_owner = ?)")
                    .params(owner, Timestamp.from(until), id, now, owner)
                    .update()) == 1;
    }

    /** Extends the leases {@code owner} holds on these projects. */
    public void renewBuilds(java.util.Collection<Long> ids, String owner, Instant until) {
        for (long id : ids) {
            retry.statement("renew build lease",
                    () -> jdbc.sql("UPDATE projects SET build_lease_until = ? WHERE id = ? AND build_owner = ?")
                        .params(Timestamp.from(until), id, owner)
                        .update());
        }
    }

    public void releaseBuild(long id, String owner) {
        retry.statement("release build lease", () -> jdbc
            .sql("UPDATE projects SET build_owner = NULL, build_lease_until = NULL WHERE id = ? AND build_owner = ?")
            .params(id, owner)
            .update());
    }

    /**
     * Projects still marked generating whose build lease ran out before {@code now}
     * (their node is gone), or that never got one and have not moved since
     * {@code staleBefore}.
     */
    public List<Project> abandonedBuilds(Instant now, Instant staleBefore) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projects WHERE " + ABANDONED)
            .params(ProjectStatus.GENERATING.name(), Timestamp.from(now), Timestamp.from(staleBefore))
            .query(this::project)
            .list();
    }

    /**
     * Ends an abandoned build (as {@link #abandonedBuilds} finds it) if it is still
     * abandoned: the project goes back to ready when it has a live version, else to
     * failed, and its lease is cleared. True for exactly one caller, however many nodes
     * sweep at once, and false once a new build holds the project.
     */
    public boolean interruptBuild(long id, Instant now, Instant staleBefore) {
        return jdbc
            .sql("UPDATE projects SET status = CASE WHEN current_version IS NULL THEN ? ELSE ? END, "
                    + "build_owner = NULL, build_lease_until = NULL, updated_at = ? WHERE id = ? AND " + ABANDONED)
            .params(ProjectStatus.FAILED.name(), ProjectStatus.READY.name(), Timestamp.from(now), id,
                    ProjectStatus.GENERATING.name(), Timestamp.from(now), Timestamp.from(staleBefore))
            .update() == 1;
    }

    /** The last event sequence number of each of the given projects. */
    public Map<Long, Long> lastEventSeqs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> latest = new java.util.HashMap<>();
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.sql("SELECT id, last_event_seq FROM projects WHERE id IN (" + in + ")")
            .params(List.copyOf(ids))
            .query((rs, row) -> latest.put(rs.getLong(1), rs.getLong(2)))
            .list();
        return latest;
    }

    /**
     * Stores the user's rating (1 to 5) of a version, and returns the rating it replaced,
     * if any.
     */
    @Transactional
    public Optional<Integer> rateVersion(long projectId, int number, int rating) {
        Optional<Integer> previous = jdbc.sql("SELECT rating FROM project_versions WHERE project_id = ? AND number = ?")
            .params(projectId, number)
            .query((rs, row) -> {
                int value = rs.getInt(1);
                return rs.wasNull() ? 0 : value;
            })
            .optional()
            .filter(r -> r > 0);
        jdbc.sql("UPDATE project_versions SET rating = ?, rated_at = ? WHERE project_id = ? AND number = ?")
            .params(rating, Timestamp.from(Instant.now()), projectId, number)
            .update();
        return previous;
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

    public Optional<ProjectVersion> version(long projectId, int number) {
        return retry.statement("read version",
                () -> jdbc
                    .sql("SELECT project_id, number, files, result, summary, " + "created_at, " + COST_COLUMNS
                            + " FROM project_versions WHERE project_id = ? AND number = ?")
                    .params(projectId, number)
                    .query(this::version)
                    .optional());
    }

    public Optional<ProjectVersion> currentVersion(Project project) {
        return project.currentVersion() == null ? Optional.empty() : version(project.id(), project.currentVersion());
    }

    /** Version numbers, times, summaries and costs, newest first, without their files. */
    public List<VersionSummary> versions(long projectId) {
        return jdbc
            .sql("SELECT number, summary, created_at, rating, " + COST_COLUMNS
                    + " FROM project_versions WHERE project_id = ? ORDER BY number DESC")
            .param(projectId)
            .query((rs, row) -> {
                int rating = rs.getInt("rating");
                Integer stored = rs.wasNull() ? null : rating;
                return new VersionSummary(rs.getInt("number"), rs.getString("summary"),
                        rs.getTimestamp("created_at").toInstant(), cost(rs), stored);
            })
            .list();
    }

    /**
     * Summaries of the latest versions, oldest first: the short history a change request
     * carries.
     */
    public List<String> recentSummaries(long projectId, int count) {
        List<String> newestFirst = retry.statement("read version summaries", () -> jdbc
            .sql("SELECT number, summary FROM project_versions WHERE project_id = ? ORDER BY number DESC LIMIT ?")
            .params(projectId, count)
            .query((rs, row) -> "v" + rs.getInt("number") + ": " + rs.getString("summary"))
            .list());
        return newestFirst.reversed();
    }

    /** A version as listed, without its files. */
    public record VersionSummary(int number, @Nullable String summary, Instant createdAt, GenerationCost cost,
            @Nullable Integer rating) {
    }

    private static GenerationCost cost(ResultSet rs) throws SQLException {
        return new GenerationCost(rs.getInt("ai_calls"), rs.getInt("input_tokens"), rs.getInt("output_tokens"),
                rs.getLong("first_token_ms"), rs.getLong("duration_ms"), rs.getLong("ai_ms"),
                rs.getString("ai_provider"), rs.getString("ai_model"));
    }

    private Project project(ResultSet rs, int row) throws SQLException {
        int version = rs.getInt("current_version");
        Integer currentVersion = rs.wasNull() ? null : version;
        return new Project(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("prompt"),
                rs.getString("app_type"), rs.getBoolean("requires_backend"), rs.getString("generation_version"),
                json.readValue(rs.getString("reused_components"), STRINGS),
                ProjectStatus.valueOf(rs.getString("status")), currentVersion, rs.getString("deployed_url"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private ProjectVersion version(ResultSet rs, int row) throws SQLException {
        return new ProjectVersion(rs.getLong("project_id"), rs.getInt("number"),
                json.readValue(rs.getString("files"), FILES), json.readValue(rs.getString("result"), OBJECT),
                rs.getString("summary"), cost(rs), rs.getTimestamp("created_at").toInstant());
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
