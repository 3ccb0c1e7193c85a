package dev.faibric.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says who is asking, on every request the platform answers: with accounts, the account
 * of a personal API token ({@code Authorization: Bearer}) or of the session cookie;
 * without, the local user. A token that is not valid leaves the request anonymous, so a
 * protected path answers 401.
 */
class TokenAuthentication extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "FAIBRIC_SESSION";

    private static final String BEARER = "Bearer ";

    private final AccountTokens tokens;

    private final boolean accounts;

    TokenAuthentication(AccountTokens tokens, AuthSettings settings) {
        this.tokens = tokens;
        this.accounts = settings.accounts();
    }

    /**
     * The UI's files and pages need nobody signed in: only the API, the socket and the
     * actuator look up a session or token (a database read), not every asset request.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return accounts && !path.startsWith("/api/") && !path.startsWith("/ws/") && !path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Account> account = accounts ? signedIn(request) : Optional.of(Account.LOCAL);
        account.ifPresent(a -> SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(a, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + a.role().name())))));
        chain.doFilter(request, response);
    }

    private Optional<Account> signedIn(HttpServletRequest request) {
        String bearer = bearer(request);
        if (bearer != null) {
            return tokens.resolve(AccountTokens.Kind.API, bearer);
        }
        String session = sessionCookie(request);
        return session == null ? Optional.empty() : tokens.resolve(AccountTokens.Kind.SESSION, session);
    }

    static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
    }

    static @Nullable String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

}
