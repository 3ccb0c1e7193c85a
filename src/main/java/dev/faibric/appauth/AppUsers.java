package dev.faibric.appauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_users} table: every app's users, each row scoped by its project in every
 * query, so nothing here ever reaches another app's users. Addresses are stored
 * lower-cased.
 */
@Repository
class AppUsers {

    private static final String COLUMNS = "id, email, name, admin, created_at, password_hash";

    /** How many ids one {@code IN} list holds when names are looked up. */
    private static final int NAMES_PER_QUERY = 500;

    private final JdbcClient jdbc;

    AppUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user with what signs them in ({@code null} for the admin, who has no password).
     */
    record Stored(AppUserEntry entry, @Nullable String passwordHash) {

        AppUser user() {
            return entry.user();
        }

    }

    /** Adds a user to the app, or answers empty when the address is taken there. */
    Optional<AppUser> create(long projectId, String email, @Nullable String name, @Nullable String passwordHash,
            boolean admin) {
        String address = normalise(email);
        try {
            jdbc.sql("INSERT INTO app_users (project_id, email, name, password_hash, admin, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(projectId, address, name, passwordHash, admin, Timestamp.from(Instant.now()))
                .update();
        }
        catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return find(projectId, address).map(Stored::user);
    }

    Optional<Stored> find(long projectId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? AND email = ?")
            .params(projectId, normalise(email))
            .query(AppUsers::stored)
            .optional();
    }

    Optional<AppUser> find(long projectId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? AND id = ?")
            .params(projectId, userId)
            .query(AppUsers::stored)
            .optional()
            .map(Stored::user);
    }

    /** The app's admin, once its owner has signed in as them. */
    Optional<AppUser> admin(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? AND admin ORDER BY id")
            .param(projectId)
            .query(AppUsers::stored)
            .list()
            .stream()
            .findFirst()
            .map(Stored::user);
    }

    /**
     * Makes the user the app's admin, who signs in only through the owner's link: their
     * password (if someone had signed up with the owner's address) no longer works.
     */
    void makeAdmin(long projectId, long userId) {
        jdbc.sql("UPDATE app_users SET admin = TRUE, password_hash = NULL WHERE project_id = ? AND id = ?")
            .params(projectId, userId)
            .update();
    }

    /** The app's users, oldest first. */
    List<AppUserEntry> list(long projectId, int limit, int offset) {
        return jdbc
            .sql("SELECT " + COLUMNS + " FROM app_users WHERE project_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?")
            .params(projectId, limit, offset)
            .query(AppUsers::stored)
            .list()
            .stream()
            .map(Stored::entry)
            .toList();
    }

    long count(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM app_users WHERE project_id = ?")
            .param(projectId)
            .query(Long.class)
            .single();
    }

    /** Removes the user (their sessions go with them). */
    boolean delete(long projectId, long userId) {
        return jdbc.sql("DELETE FROM app_users WHERE project_id = ? AND id = ?").params(projectId, userId).update() > 0;
    }

    /** Removes every user of the app (and so every session). */
    int deleteAll(long projectId) {
        return jdbc.sql("DELETE FROM app_users WHERE project_id = ?").param(projectId).update();
    }

    /** The names other users see, of those ids that are this app's users. */
    Map<Long, String> names(long projectId, Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = userIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += NAMES_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + NAMES_PER_QUERY));
            jdbc.sql("SELECT id, email, name FROM app_users WHERE project_id = :project AND id IN (:ids)")
                .param("project", projectId)
                .param("ids", some)
                .query((rs, row) -> Map.entry(rs.getLong("id"), shownName(rs.getString("name"), rs.getString("email"))))
                .list()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        }
        return names;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The name given at sign-up, else the address's part before the {@code @}. */
    static String shownName(@Nullable String name, String email) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        int at = email.lastIndexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String email = rs.getString("email");
        return new Stored(
                new AppUserEntry(rs.getLong("id"), email, shownName(rs.getString("name"), email),
                        rs.getBoolean("admin"), rs.getTimestamp("created_at").toInstant()),
                rs.getString("password_hash"));
    }

}
