package dev.faibric.appauth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The cookie an app's user is signed in with, on the app's own origin: HttpOnly (app code
 * never reads it), SameSite=Lax, for the whole app (Path=/), Secure when the app is
 * served over https, and host-only (no Domain), so no other app's host is ever sent it.
 */
final class SessionCookie {

    static final String NAME = "faibric_app_session";

    private SessionCookie() {
    }

    /** The session token the request carries, if any. */
    static @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue().startsWith(AppSessions.PREFIX)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The cookie that carries a new session. */
    static ResponseCookie of(String token, Duration ttl, HttpServletRequest request) {
        return ResponseCookie.from(NAME, token)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .path("/")
            .maxAge(ttl)
            .build();
    }

    /** The cookie that removes the session's from the browser. */
    static ResponseCookie cleared(HttpServletRequest request) {
        return of("", Duration.ZERO, request);
    }

}
