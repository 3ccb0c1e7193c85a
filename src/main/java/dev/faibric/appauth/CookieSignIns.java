package dev.faibric.appauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to an app: the user whose session the request's cookie names, when the
 * session is a live one of that app. Looked up once per request and app.
 */
@Component
class CookieSignIns implements AppSignIns {

    private static final String SEEN = CookieSignIns.class.getName() + ".";

    private final AppSessions sessions;

    private final AppUsers users;

    CookieSignIns(AppSessions sessions, AppUsers users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AppUser> current(HttpServletRequest request, long projectId) {
        String key = SEEN + projectId;
        if (request.getAttribute(key) instanceof Optional<?> seen) {
            return (Optional<AppUser>) seen;
        }
        String token = SessionCookie.read(request);
        Optional<AppUser> user = token == null ? Optional.empty() : sessions.resolve(projectId, token);
        request.setAttribute(key, user);
        return user;
    }

    @Override
    public Map<Long, String> names(long projectId, Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : users.names(projectId, userIds);
    }

}
