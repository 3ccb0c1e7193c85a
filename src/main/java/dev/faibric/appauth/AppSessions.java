package dev.faibric.appauth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Repository;

/**
 * The sessions of apps' users ({@code app_sessions}). A session's token is 32 random
 * bytes, shown once, in the cookie; only its SHA-256 is stored, with the app it belongs
 * to, so a copy of the database signs nobody in and a token taken to another app names
 * nobody there. Expired sessions are deleted hourly and when their user signs in again.
 */
@Repository
class AppSessions implements SchedulingConfigurer {

    static final String PREFIX = "fas_";

    /**
     * A token is the prefix and 43 characters of base64; anything much longer is not one.
     */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    AppSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new session of the app's user; the only time its token is known. */
    String issue(long projectId, long userId, Duration ttl) {
        Instant now = Instant.now();
        String token = newToken();
        forgetExpired(userId, now);
        jdbc.sql("INSERT INTO app_sessions (token_hash, project_id, user_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)")
            .params(hash(token), projectId, userId, Timestamp.from(now), Timestamp.from(now.plus(ttl)))
            .update();
        return token;
    }

    /** The user a token signs in to this app, if it is a live session of this app. */
    Optional<AppUser> resolve(long projectId, String token) {
        if (!token.startsWith(PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc
            .sql("SELECT u.id, u.email, u.name, u.admin FROM app_sessions s JOIN app_users u ON u.id = s.user_id "
                    + "WHERE s.token_hash = ? AND s.project_id = ? AND u.project_id = ? AND s.expires_at > ?")
            .params(hash(token), projectId, projectId, Timestamp.from(Instant.now()))
            .query((rs, row) -> new AppUser(rs.getLong("id"), rs.getString("email"),
                    AppUsers.shownName(rs.getString("name"), rs.getString("email")), rs.getBoolean("admin")))
            .optional();
    }

    /** Ends the session the token names, if it is one of this app's. */
    void end(long projectId, String token) {
        if (token.length() <= MAX_TOKEN_LENGTH) {
            jdbc.sql("DELETE FROM app_sessions WHERE token_hash = ? AND project_id = ?")
                .params(hash(token), projectId)
                .update();
        }
    }

    /** Ends every session of the app's user. */
    void endAll(long projectId, long userId) {
        jdbc.sql("DELETE FROM app_sessions WHERE project_id = ? AND user_id = ?").params(projectId, userId).update();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar
            .addFixedDelayTask(new FixedDelayTask(this::forgetExpired, Duration.ofHours(1), Duration.ofMinutes(7)));
    }

    int forgetExpired() {
        return jdbc.sql("DELETE FROM app_sessions WHERE expires_at < ?").param(Timestamp.from(Instant.now())).update();
    }

    /**
     * The user's expired sessions go as they sign in again, so the table does not grow.
     */
    private void forgetExpired(long userId, Instant now) {
        jdbc.sql("DELETE FROM app_sessions WHERE user_id = ? AND expires_at < ?")
            .params(userId, Timestamp.from(now))
            .update();
    }

    private String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(Digests.sha256(token));
    }

}
