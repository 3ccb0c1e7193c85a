package dev.faibric.account;

import dev.faibric.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The security chain's refusals in the API's one error shape: 401 for a request that is
 * not signed in, 403 for a missing CSRF header or a forbidden path.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> Problems.write(response, HttpStatus.UNAUTHORIZED.value(), "Not signed in",
                "Sign in first (POST /api/auth/login), or send a personal API token as Authorization: Bearer.");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                Problems.write(response, HttpStatus.FORBIDDEN.value(), "Missing CSRF token",
                        "Send the XSRF-TOKEN cookie's value in an X-XSRF-TOKEN header "
                                + "(or use a personal API token as Authorization: Bearer).");
            }
            else {
                Problems.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden", "This needs an admin account.");
            }
        };
    }

}
