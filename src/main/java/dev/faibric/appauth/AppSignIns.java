package dev.faibric.appauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who is signed in to a generated app, for whatever else answers on the app's origin (the
 * data API).
 */
public interface AppSignIns {

    /**
     * The user the request's app session names, if it names a live session of this
     * project's app (a session of another app signs nobody in).
     */
    Optional<AppUser> current(HttpServletRequest request, long projectId);

    /** The names other users see, by user id, of this app's users among the given ids. */
    Map<Long, String> names(long projectId, Collection<Long> userIds);

}
