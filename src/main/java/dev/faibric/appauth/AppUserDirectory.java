package dev.faibric.appauth;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An app's users as its owner manages them in the data tab: who signed up, how many, and
 * taking one or all of them away (with their sessions, so they are signed out at once).
 * The caller has made sure the project is the asker's own.
 */
@Component
public class AppUserDirectory {

    /** The most users one page lists. */
    public static final int MAX_LIMIT = 1000;

    private final AppUsers users;

    AppUserDirectory(AppUsers users) {
        this.users = users;
    }

    /** A page of the app's users, oldest first. */
    public List<AppUserEntry> users(long projectId, int limit, int offset) {
        return users.list(projectId, Math.clamp(limit, 0, MAX_LIMIT), Math.max(0, offset));
    }

    public long count(long projectId) {
        return users.count(projectId);
    }

    /**
     * Removes the user from the app and ends their sessions; false when there is none.
     */
    public boolean delete(long projectId, long userId) {
        return users.delete(projectId, userId);
    }

    /** Removes every user of the app, and so every session. */
    public void deleteAll(long projectId) {
        users.deleteAll(projectId);
    }

}
