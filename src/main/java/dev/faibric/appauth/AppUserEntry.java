package dev.faibric.appauth;

import java.time.Instant;

/**
 * One of an app's users as its owner sees them in the data tab: who they are and since
 * when.
 *
 * @param id the user's id
 * @param email the address they signed up with (lower-cased)
 * @param name the name other users see
 * @param admin whether they administer the app
 * @param createdAt when they signed up (or the admin first signed in)
 */
public record AppUserEntry(long id, String email, String name, boolean admin, Instant createdAt) {

    /** The user, without when they joined. */
    public AppUser user() {
        return new AppUser(id, email, name, admin);
    }

}
