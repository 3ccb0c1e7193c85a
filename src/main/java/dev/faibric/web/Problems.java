package dev.faibric.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The one error shape of the platform: an RFC 9457 problem
 * ({@code application/problem+json}) with a {@code title}, the {@code status} and a
 * {@code detail} that says what to fix. Filters that answer before Spring MVC (security,
 * limits, app hosting) write it with {@link #write}; controllers throw
 * {@code ResponseStatusException} and {@link ApiErrors} shapes it.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** A problem with the status's reason phrase as its title. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return of(status, title(status), detail);
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * Writes a problem as the whole response, e.g. from a servlet filter; does nothing
     * when the response is already committed.
     */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json(status, title, detail).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /**
     * {@link #write(HttpServletResponse, int, String, String)} titled with the reason
     * phrase.
     */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        write(response, status, title(HttpStatusCode.valueOf(status)), detail);
    }

    static String json(int status, String title, String detail) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder json = new StringBuilder("{\"title\":\"");
        encoder.quoteAsString(title, json);
        json.append("\",\"status\":").append(status).append(",\"detail\":\"");
        encoder.quoteAsString(detail, json);
        return json.append("\"}").toString();
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

}
