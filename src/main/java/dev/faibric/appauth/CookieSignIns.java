package dev.faibric.appauth;

import dev.faibric.servercode.ServerKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to an app: the user whose session the request's cookie names, when the
 * session is a live one of that app, or else the app's own server code when the request
 * carries the app's server key. Looked up once per request and app.
 */
@Component
class CookieSignIns implements AppSignIns {

    private static final String SEEN = CookieSignIns.class.getName() + ".";

    private static final String BEARER = "Bearer ";

    private final AppSessions sessions;

    private final AppUsers users;

    private final ServerKeys serverKeys;

    CookieSignIns(AppSessions sessions, AppUsers users, ServerKeys serverKeys) {
        this.sessions = sessions;
        this.users = users;
        this.serverKeys = serverKeys;
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
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (user.isEmpty() && authorization != null && authorization.startsWith(BEARER)
                && serverKeys.matches(projectId, authorization.substring(BEARER.length()))) {
            user = Optional.of(AppUser.SERVER);
        }
        request.setAttribute(key, user);
        return user;
    }

    @Override
    public Map<Long, String> names(long projectId, Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : users.names(projectId, userIds);
    }

}
