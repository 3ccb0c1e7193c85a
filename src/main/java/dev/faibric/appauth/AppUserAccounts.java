package dev.faibric.appauth;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An app's own accounts of its users: signing up and logging in with a password, and the
 * app's admin (its project's owner), who has no password and comes in through the owner's
 * one-time link.
 */
@Component
class AppUserAccounts {

    private final AppUsers users;

    private final AppSessions sessions;

    private final AppPasswords passwords;

    AppUserAccounts(AppUsers users, AppSessions sessions, AppPasswords passwords) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
    }

    /** A new user of the app, or empty when the address is already one of its users'. */
    Optional<AppUser> signUp(long projectId, String email, String password, @Nullable String name) {
        if (users.find(projectId, email).isPresent()) {
            // Not hashed for nothing: a taken address answers at once (it is no secret on
            // sign-up, where the answer must say so).
            return Optional.empty();
        }
        return users.create(projectId, email, name, passwords.hash(password), false);
    }

    /**
     * The user whose address and password these are; empty for an unknown address, a
     * wrong password and the admin (who has none) alike, after the same work.
     */
    Optional<AppUser> logIn(long projectId, String email, String password) {
        Optional<AppUsers.Stored> stored = users.find(projectId, email);
        boolean matches = passwords.matches(password, stored.map(AppUsers.Stored::passwordHash).orElse(null));
        return matches ? stored.map(AppUsers.Stored::user) : Optional.empty();
    }

    /**
     * The app's admin, made on the owner's first visit with the owner's address. Someone
     * who signed up with that address before is made the admin and loses their password
     * and sessions: the address is the owner's.
     */
    AppUser admin(long projectId, String email) {
        Optional<AppUser> admin = users.admin(projectId);
        if (admin.isPresent()) {
            return admin.get();
        }
        Optional<AppUser> created = users.create(projectId, email, null, null, true);
        if (created.isPresent()) {
            return created.get();
        }
        AppUser existing = users.find(projectId, email).orElseThrow().user();
        if (existing.admin()) {
            // Made by another visit of the owner's at the same moment.
            return existing;
        }
        sessions.endAll(projectId, existing.id());
        users.makeAdmin(projectId, existing.id());
        return users.find(projectId, existing.id()).orElseThrow();
    }

}
