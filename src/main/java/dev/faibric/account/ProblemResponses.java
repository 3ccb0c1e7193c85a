package dev.faibric.account;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security chain's refusals in the API's one error shape: 401 for a request that is
 * not signed in, 403 for a missing CSRF header or a forbidden path.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.UNAUTHORIZED, "Not signed in",
                "Sign in first (POST /api/auth/login), or send a personal API token as Authorization: Bearer.");
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(json, response, HttpStatus.FORBIDDEN, "Missing CSRF token",
                        "Send the XSRF-TOKEN cookie's value in an X-XSRF-TOKEN header "
                                + "(or use a personal API token as Authorization: Bearer).");
            }
            else {
                write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "This needs an admin account.");
            }
        };
    }

    static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

}
