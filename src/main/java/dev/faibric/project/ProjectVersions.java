package dev.faibric.project;

import dev.faibric.platform.DatabaseRetry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The immutable versions of each project: every generation and every change is one. */
@Repository
public class ProjectVersions {

    private static final String SUMMARY_COLUMNS = "number, summary, created_at, rating, tier, deploy_millis, "
            + "deployed_url, bookmark, restored_from, ran_clean, runtime_error, " + ProjectRows.COST_COLUMNS;

    private static final String VERSION_COLUMNS = "project_id, number, files, result, summary, created_at, "
            + ProjectRows.COST_COLUMNS;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final DatabaseRetry retry;

    private final ProjectRows rows;

    public ProjectVersions(JdbcClient jdbc, JsonMapper json, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.json = json;
        this.retry = retry;
        this.rows = new ProjectRows();
    }

    /**
     * Stores a new immutable version with what it cost, whole or not at all. It is not
     * the project's current version yet: that is the live one, which
     * {@link Projects#markDeployed} moves once the version is deployed, so a node that
     * dies (or a deployment that fails) in between leaves the project on its last live
     * version, and a change sent again is applied to that. Its time, to the millisecond,
     * tells whether a commit whose connection was lost went through.
     */
    public ProjectVersion add(long projectId, List<SourceFile> files, Map<String, Object> result,
            @Nullable String summary, GenerationCost cost) {
        return add(projectId, files, result, summary, cost, null);
    }

    /**
     * Stores a new version, one that restores version {@code restoredFrom} when that is
     * not null: {@code files} are then that version's files, which the database copies
     * rather than being sent them again.
     */
    public ProjectVersion add(long projectId, List<SourceFile> files, Map<String, Object> result,
            @Nullable String summary, GenerationCost cost, @Nullable Integer restoredFrom) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String filesValue = restoredFrom == null ? "CAST(? AS jsonb)"
                : "(SELECT files FROM project_versions WHERE project_id = ? AND number = ?)";
        List<Object> filesParams = restoredFrom == null ? List.of(json.writeValueAsString(files))
                : List.of(projectId, restoredFrom);
        String resultJson = json.writeValueAsString(result);
        return retry.transaction("save version", () -> {
            int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM project_versions WHERE project_id = ?")
                .param(projectId)
                .query(Integer.class)
                .single();
            List<Object> params = new ArrayList<>(List.of(projectId, number));
            params.addAll(filesParams);
            params.addAll(Arrays.asList(resultJson, summary, now, cost.aiCalls(), cost.inputTokens(),
                    cost.outputTokens(), cost.firstTokenMillis(), cost.durationMillis(), cost.aiMillis(),
                    cost.provider(), cost.model(), restoredFrom));
            jdbc.sql("INSERT INTO project_versions (project_id, number, files, result, summary, created_at, ai_calls, "
                    + "input_tokens, output_tokens, first_token_ms, duration_ms, ai_ms, ai_provider, ai_model, "
                    + "restored_from) VALUES (?, ?, " + filesValue
                    + ", CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(params)
                .update();
            return new ProjectVersion(projectId, number, List.copyOf(files), result, summary, cost, now.toInstant());
        }, version -> jdbc
            .sql("SELECT COUNT(*) FROM project_versions WHERE project_id = ? AND number = ? AND created_at = ?")
            .params(projectId, version.number(), now)
            .query(Long.class)
            .single() > 0);
    }

    /** Where and how fast a version was deployed: its tier, the time it took, its URL. */
    public void recordDeployment(long projectId, int number, String tier, long deployMillis, String url) {
        retry.statement("record deployment",
                () -> jdbc
                    .sql("UPDATE project_versions SET tier = ?, deploy_millis = ?, deployed_url = ? "
                            + "WHERE project_id = ? AND number = ?")
                    .params(tier, deployMillis, url, projectId, number)
                    .update());
    }

    public Optional<ProjectVersion> find(long projectId, int number) {
        return retry.statement("read version",
                () -> jdbc
                    .sql("SELECT " + VERSION_COLUMNS + " FROM project_versions WHERE project_id = ? AND number = ?")
                    .params(projectId, number)
                    .query(rows::version)
                    .optional());
    }

    /** The project's live version, if it has one. */
    public Optional<ProjectVersion> current(Project project) {
        return project.currentVersion() == null ? Optional.empty() : find(project.id(), project.currentVersion());
    }

    /** Version numbers, times, summaries and costs, newest first, without their files. */
    public List<VersionSummary> list(long projectId) {
        return jdbc
            .sql("SELECT " + SUMMARY_COLUMNS + " FROM project_versions WHERE project_id = ? ORDER BY number DESC")
            .param(projectId)
            .query(ProjectVersions::summary)
            .list();
    }

    /** One version as listed, without its files. */
    public Optional<VersionSummary> summary(long projectId, int number) {
        return retry.statement("read version",
                () -> jdbc
                    .sql("SELECT " + SUMMARY_COLUMNS + " FROM project_versions WHERE project_id = ? AND number = ?")
                    .params(projectId, number)
                    .query(ProjectVersions::summary)
                    .optional());
    }

    private static VersionSummary summary(ResultSet rs, int row) throws SQLException {
        int rating = rs.getInt("rating");
        Integer stored = rs.wasNull() ? null : rating;
        long millis = rs.getLong("deploy_millis");
        Long deployMillis = rs.wasNull() ? null : millis;
        int from = rs.getInt("restored_from");
        Integer restoredFrom = rs.wasNull() ? null : from;
        boolean clean = rs.getBoolean("ran_clean");
        Boolean ranClean = rs.wasNull() ? null : clean;
        return new VersionSummary(rs.getInt("number"), rs.getString("summary"),
                rs.getTimestamp("created_at").toInstant(), ProjectRows.cost(rs), stored,
                new Deployed(rs.getString("tier"), deployMillis, rs.getString("deployed_url")),
                rs.getString("bookmark"), restoredFrom, ranClean, rs.getString("runtime_error"));
    }

    /**
     * Names a version (a bookmark), or takes its name away with {@code null}; false when
     * the project has no such version.
     */
    public boolean bookmark(long projectId, int number, @Nullable String name) {
        return retry.statement("bookmark version",
                () -> jdbc.sql("UPDATE project_versions SET bookmark = ? WHERE project_id = ? AND number = ?")
                    .params(name, projectId, number)
                    .update()) > 0;
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

    /**
     * Stores the user's rating (1 to 5) of a version, and returns the rating it replaced,
     * if any.
     */
    @Transactional
    public Optional<Integer> rate(long projectId, int number, int rating) {
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
     * What the owner's browser saw when it ran a version: {@code clean} when it ran a few
     * seconds without an uncaught error (which does not undo an error seen before), else
     * the error it threw (the first one is kept). False when there is no such version.
     */
    public boolean recordRun(long projectId, int number, boolean clean, @Nullable String error) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = retry.statement("record run", () -> clean
                ? jdbc
                    .sql("UPDATE project_versions SET ran_clean = COALESCE(ran_clean, TRUE), runtime_reported_at = ? "
                            + "WHERE project_id = ? AND number = ?")
                    .params(now, projectId, number)
                    .update()
                : jdbc
                    .sql("UPDATE project_versions SET ran_clean = FALSE, runtime_error = COALESCE(runtime_error, ?), "
                            + "runtime_reported_at = ? WHERE project_id = ? AND number = ?")
                    .params(error, now, projectId, number)
                    .update());
        return updated == 1;
    }

    /**
     * A version as listed, without its files; {@code deployed} says where it went live,
     * {@code bookmark} is the name its owner gave it, {@code restoredFrom} the version it
     * restored; {@code ranClean} what the owner's browser saw when it ran it (null before
     * it said), and {@code runtimeError} the error it threw, if it did.
     */
    public record VersionSummary(int number, @Nullable String summary, Instant createdAt, GenerationCost cost,
            @Nullable Integer rating, Deployed deployed, @Nullable String bookmark, @Nullable Integer restoredFrom,
            @Nullable Boolean ranClean, @Nullable String runtimeError) {
    }

    /**
     * Where a version was deployed: its tier ({@code static}, {@code data},
     * {@code docker}, {@code kubernetes}), how long the deploy took and its URL; all null
     * for a version that was never deployed.
     */
    public record Deployed(@Nullable String tier, @Nullable Long millis, @Nullable String url) {
    }

}
