package dev.faibric.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in sessions and personal API tokens. A token is 32 random bytes shown once; only
 * its SHA-256 is stored, so a copy of the database signs nobody in. Both live in the
 * database, so any node can check them and signing out takes effect everywhere at once.
 */
@Component
class AccountTokens {

    enum Kind {

        SESSION("fbs_"), API("fbt_");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

    }

    record Listed(long id, @Nullable String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the account; the only time its value is known. */
    String issue(long accountId, Kind kind, @Nullable String name, @Nullable Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = kind.prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        // Expired sign-ins of the account go as it signs in again, so the table does not
        // grow.
        jdbc.sql("DELETE FROM account_tokens WHERE account_id = ? AND expires_at < ?")
            .params(accountId, Timestamp.from(now))
            .update();
        jdbc.sql("INSERT INTO account_tokens (account_id, kind, token_hash, name, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
            .params(accountId, kind.name(), hash(token), name, Timestamp.from(now),
                    ttl == null ? null : Timestamp.from(now.plus(ttl)))
            .update();
        return token;
    }

    /** The account a token signs in, if it is one of ours and has not expired. */
    Optional<Account> resolve(Kind kind, String token) {
        if (!token.startsWith(kind.prefix) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        record Found(Account account, long tokenId, @Nullable Timestamp lastUsed) {
        }
        Optional<Found> found = jdbc
            .sql("SELECT a.id, a.email, a.role, t.id AS token_id, t.last_used_at FROM account_tokens t "
                    + "JOIN accounts a ON a.id = t.account_id "
                    + "WHERE t.token_hash = ? AND t.kind = ? AND (t.expires_at IS NULL OR t.expires_at > ?)")
            .params(hash(token), kind.name(), Timestamp.from(now))
            .query((rs, row) -> new Found(
                    new Account(rs.getLong("id"), rs.getString("email"), Account.Role.parse(rs.getString("role"))),
                    rs.getLong("token_id"), rs.getTimestamp("last_used_at")))
            .optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().toInstant().isBefore(now.minus(TOUCH_EVERY)))
            .ifPresent(f -> jdbc.sql("UPDATE account_tokens SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), f.tokenId())
                .update());
        return found.map(Found::account);
    }

    void revoke(String token) {
        jdbc.sql("DELETE FROM account_tokens WHERE token_hash = ?").param(hash(token)).update();
    }

    List<Listed> apiTokens(long accountId) {
        return jdbc
            .sql("SELECT id, name, created_at, last_used_at FROM account_tokens WHERE account_id = ? AND kind = ? "
                    + "ORDER BY id")
            .params(accountId, Kind.API.name())
            .query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
            .list();
    }

    boolean deleteApiToken(long accountId, long tokenId) {
        return jdbc.sql("DELETE FROM account_tokens WHERE id = ? AND account_id = ? AND kind = ?")
            .params(tokenId, accountId, Kind.API.name())
            .update() > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
