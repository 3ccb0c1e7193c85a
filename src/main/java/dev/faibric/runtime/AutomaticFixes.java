package dev.faibric.runtime;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What automatic fixes a project had, shared by every node: the errors already sent to be
 * fixed (by fingerprint) and whether the owner's latest turn has had its fix. Each claim
 * is one insert, which only one request can win; a claim whose build does not start after
 * all is given back.
 */
@Repository
class AutomaticFixes {

    private final JdbcClient jdbc;

    AutomaticFixes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the error as sent to be fixed; false when it already was. */
    boolean claimError(long projectId, String fingerprint, String normalised, @Nullable Integer version) {
        try {
            jdbc.sql("INSERT INTO runtime_fixes (project_id, fingerprint, message, version, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)")
                .params(projectId, fingerprint, normalised, version, Timestamp.from(Instant.now()))
                .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives back an error claimed by a fix that did not start. */
    void forgetError(long projectId, String fingerprint) {
        jdbc.sql("DELETE FROM runtime_fixes WHERE project_id = ? AND fingerprint = ?")
            .params(projectId, fingerprint)
            .update();
    }

    /**
     * Gives back an error and the turn's fix, both claimed by a fix that did not start.
     */
    void forget(long projectId, String fingerprint) {
        forgetError(projectId, fingerprint);
        newTurn(projectId);
    }

    /** Takes the current turn's one automatic fix; false when it was taken. */
    boolean claimTurn(long projectId) {
        try {
            jdbc.sql("INSERT INTO runtime_fix_turns (project_id, created_at) VALUES (?, ?)")
                .params(projectId, Timestamp.from(Instant.now()))
                .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The owner spoke: a new turn, which may have an automatic fix again. */
    void newTurn(long projectId) {
        jdbc.sql("DELETE FROM runtime_fix_turns WHERE project_id = ?").param(projectId).update();
    }

}
