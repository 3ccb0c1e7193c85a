package dev.faibric.platform;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets the platform makes for itself: 32 random bytes per name, made by the first node
 * that asks and read by every other, so all nodes agree without configuration. Reading or
 * making one is safe to run again.
 */
@Component
public class PlatformSecrets {

    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    PlatformSecrets(JdbcClient jdbc, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
    }

    /**
     * The secret of this name; read again on a lost connection, as the first use may come
     * in the middle of a build.
     */
    public byte[] secret(String name) {
        return retry.statement("read platform secret", () -> readOrMake(name));
    }

    private byte[] readOrMake(String name) {
        Optional<String> stored = find(name);
        if (stored.isEmpty()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            try {
                jdbc.sql("INSERT INTO platform_secrets (name, secret) VALUES (?, ?)")
                    .params(name, Base64.getEncoder().encodeToString(bytes))
                    .update();
            }
            catch (DuplicateKeyException anotherNodeWasFirst) {
                // read theirs below
            }
            stored = find(name);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private Optional<String> find(String name) {
        return jdbc.sql("SELECT secret FROM platform_secrets WHERE name = ?")
            .param(name)
            .query(String.class)
            .optional();
    }

}
