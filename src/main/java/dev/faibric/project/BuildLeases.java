package dev.faibric.project;

import dev.faibric.platform.DatabaseRetry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One build per project across all nodes: the node building a project holds a lease in
 * the project's row and renews it while it works; a lease that runs out means its node
 * died.
 */
@Repository
public class BuildLeases {

    /**
     * Still generating, but its lease ran out, or it never got one and has not moved
     * since a given time.
     */
    private static final String ABANDONED = "status = ? AND ((build_lease_until IS NOT NULL AND build_lease_until < ?) "
            + "OR (build_lease_until IS NULL AND updated_at < ?))";

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    private final ProjectRows rows;

    public BuildLeases(JdbcClient jdbc, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
        this.rows = new ProjectRows();
    }

    /** Takes the project's build lease for {@code owner} if nobody holds a live one. */
    public boolean acquire(long id, String owner, Instant until) {
        Timestamp now = Timestamp.from(Instant.now());
        // Safe to run twice: the second run finds the lease already this owner's.
        return retry.statement("acquire build lease",
                () -> jdbc
                    .sql("UPDATE projects SET build_owner = ?, build_lease_until = ? WHERE id = ? "
                            + "AND (build_lease_until IS NULL OR build_lease_until < ? OR build_owner = ?)")
                    .params(owner, Timestamp.from(until), id, now, owner)
                    .update()) == 1;
    }

    /**
     * Whether a build of the project holds its lease now, on any node: it runs, or waits
     * in line for a builder.
     */
    public boolean held(long id) {
        return retry.statement("read build lease",
                () -> jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = ? AND build_lease_until >= ?")
                    .params(id, Timestamp.from(Instant.now()))
                    .query(Long.class)
                    .single()) > 0;
    }

    /** Extends the leases {@code owner} holds on these projects. */
    public void renew(Collection<Long> ids, String owner, Instant until) {
        for (long id : ids) {
            retry.statement("renew build lease",
                    () -> jdbc.sql("UPDATE projects SET build_lease_until = ? WHERE id = ? AND build_owner = ?")
                        .params(Timestamp.from(until), id, owner)
                        .update());
        }
    }

    public void release(long id, String owner) {
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
    public List<Project> abandoned(Instant now, Instant staleBefore) {
        return jdbc.sql("SELECT " + ProjectRows.PROJECT_COLUMNS + " FROM projects WHERE " + ABANDONED)
            .params(ProjectStatus.GENERATING.name(), Timestamp.from(now), Timestamp.from(staleBefore))
            .query(rows::project)
            .list();
    }

    /**
     * Ends an abandoned build (as {@link #abandoned} finds it) if it is still abandoned:
     * the project goes back to ready when it has a live version, else to failed, and its
     * lease is cleared. True for exactly one caller, however many nodes sweep at once,
     * and false once a new build holds the project.
     */
    public boolean interrupt(long id, Instant now, Instant staleBefore) {
        return jdbc
            .sql("UPDATE projects SET status = CASE WHEN current_version IS NULL THEN ? ELSE ? END, "
                    + "build_owner = NULL, build_lease_until = NULL, updated_at = ? WHERE id = ? AND " + ABANDONED)
            .params(ProjectStatus.FAILED.name(), ProjectStatus.READY.name(), Timestamp.from(now), id,
                    ProjectStatus.GENERATING.name(), Timestamp.from(now), Timestamp.from(staleBefore))
            .update() == 1;
    }

}
