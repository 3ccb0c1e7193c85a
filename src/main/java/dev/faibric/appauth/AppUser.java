package dev.faibric.appauth;

/**
 * A person signed in to one generated app: a user of that app only, never a Faibric
 * account and never a user of another app.
 *
 * @param id the user's id, unique among all apps' users
 * @param email the address they signed up with
 * @param name the name other users see (given at sign-up, otherwise the address's part
 * before the {@code @})
 * @param admin whether they administer the app (the project's owner)
 */
public record AppUser(long id, String email, String name, boolean admin) {

    /**
     * The app's own server code, calling the data API with its key: it administers the
     * app's data, and rows it creates belong to nobody.
     */
    public static final AppUser SERVER = new AppUser(0, "", "the app's server", true);

    public boolean appServer() {
        return id == 0;
    }

}
