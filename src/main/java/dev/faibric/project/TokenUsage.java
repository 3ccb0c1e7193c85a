package dev.faibric.project;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Model tokens an account's builds used, as each version recorded them (a build that
 * ended without a version is not counted).
 */
@Repository
public class TokenUsage {

    private final JdbcClient jdbc;

    TokenUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tokens in and out of the versions of the account's projects made since then. */
    public long since(long ownerId, Instant since) {
        return jdbc
            .sql("SELECT COALESCE(SUM(v.input_tokens + v.output_tokens), 0) FROM project_versions v "
                    + "JOIN projects p ON p.id = v.project_id WHERE p.owner_id = ? AND v.created_at >= ?")
            .params(ownerId, Timestamp.from(since))
            .query(Long.class)
            .single();
    }

}
