package dev.faibric.secrets;

import dev.faibric.platform.DatabaseRetry;
import dev.faibric.platform.PlatformSecrets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secrets a project's owner sets for its app's server code, which reads them from
 * {@code process.env}. Stored sealed ({@link SecretSeal}) under the platform key
 * {@value #KEY}; {@link #values} opens them, for the deployers only. Names are what a
 * server's environment takes, less what the platform and Node.js set themselves.
 */
@Repository
public class ProjectSecrets {

    static final String KEY = "project-secrets";

    static final int MAX_SECRETS = 30;

    static final int MAX_VALUE_LENGTH = 4000;

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private static final List<String> RESERVED_PREFIXES = List.of("FAIBRIC_", "NODE_", "npm_");

    private static final Set<String> RESERVED = Set.of("PORT", "HOST", "PATH", "HOME");

    /** Why a secret was not stored, in words for the owner; never holds its value. */
    public static class Refused extends IllegalArgumentException {

        Refused(String message) {
            super(message);
        }

    }

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    private final SecretSeal seal;

    ProjectSecrets(JdbcClient jdbc, DatabaseRetry retry, PlatformSecrets platform) {
        this.jdbc = jdbc;
        this.retry = retry;
        this.seal = new SecretSeal(() -> platform.secret(KEY));
    }

    /** The project's secrets, opened, by name: for the deployers only, never a client. */
    public Map<String, String> values(long projectId) {
        return this.retry.statement("read secrets", () -> {
            Map<String, String> values = new TreeMap<>();
            this.jdbc.sql("SELECT name, sealed FROM project_secrets WHERE project_id = ?")
                .param(projectId)
                .query(rs -> {
                    String name = rs.getString("name");
                    values.put(name, this.seal.open(projectId, name, rs.getString("sealed")));
                });
            return values;
        });
    }

    /** The project's secrets by name, with when each was set; never their values. */
    public List<SecretName> names(long projectId) {
        return this.retry.statement("list secrets",
                () -> this.jdbc.sql("SELECT name, updated_at FROM project_secrets WHERE project_id = ? ORDER BY name")
                    .param(projectId)
                    .query((rs, n) -> new SecretName(rs.getString("name"), rs.getTimestamp("updated_at").toInstant()))
                    .list());
    }

    /**
     * Sets a secret, replacing one of the same name.
     * @throws Refused a name or value that breaks the rules, or one secret too many
     */
    public void put(long projectId, String name, String value) {
        Optional<String> problem = nameProblem(name).or(() -> valueProblem(name, value));
        if (problem.isPresent()) {
            throw new Refused(problem.get());
        }
        String sealed = this.seal.seal(projectId, name, value);
        Timestamp now = Timestamp.from(Instant.now());
        // Run again after a lost commit, it writes the same secret again.
        this.retry.transaction("set a secret", () -> {
            // The project's row is the lock that keeps two new secrets from passing the
            // limit together.
            this.jdbc.sql("SELECT id FROM projects WHERE id = ? FOR UPDATE").param(projectId).query(Long.class).list();
            int updated = this.jdbc
                .sql("UPDATE project_secrets SET sealed = ?, updated_at = ? WHERE project_id = ? AND name = ?")
                .params(sealed, now, projectId, name)
                .update();
            if (updated == 0) {
                long count = this.jdbc.sql("SELECT COUNT(*) FROM project_secrets WHERE project_id = ?")
                    .param(projectId)
                    .query(Long.class)
                    .single();
                if (count >= MAX_SECRETS) {
                    throw new Refused("An app may have at most " + MAX_SECRETS + " secrets; delete one before adding "
                            + name + ".");
                }
                this.jdbc.sql("INSERT INTO project_secrets (project_id, name, sealed, updated_at) VALUES (?, ?, ?, ?)")
                    .params(projectId, name, sealed, now)
                    .update();
            }
            return true;
        }, written -> false);
    }

    /** Deletes a secret; false when the project has none of that name. */
    public boolean delete(long projectId, String name) {
        return this.retry.statement("delete a secret",
                () -> this.jdbc.sql("DELETE FROM project_secrets WHERE project_id = ? AND name = ?")
                    .params(projectId, name)
                    .update()) > 0;
    }

    /** What is wrong with a secret's name, in words for the owner. */
    static Optional<String> nameProblem(String name) {
        if (RESERVED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of(shown(name) + " is reserved: names starting with FAIBRIC_, NODE_ or npm_ belong to"
                    + " the platform and Node.js.");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of(shown(name) + " is not a secret's name: use a capital letter, then capital letters,"
                    + " digits and _ (at most 64 characters), like STRIPE_KEY.");
        }
        if (RESERVED.contains(name)) {
            return Optional.of(name + " is reserved: the platform sets PORT, HOST, PATH and HOME itself.");
        }
        return Optional.empty();
    }

    /** What is wrong with a secret's value, in words that never repeat it. */
    static Optional<String> valueProblem(String name, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(name + " has no value: send one of 1 to " + MAX_VALUE_LENGTH + " characters.");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of(name + "'s value is longer than " + MAX_VALUE_LENGTH + " characters.");
        }
        if (value.indexOf('\0') >= 0) {
            return Optional.of(name + "'s value holds a NUL character, which no environment variable can.");
        }
        return Optional.empty();
    }

    /** A name as the owner typed it, quoted and cut short. */
    private static String shown(String name) {
        return "'" + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'";
    }

}
