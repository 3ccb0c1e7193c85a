package dev.faibric.limits;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A limit was hit: answered 429 with {@code Retry-After} (whole seconds) and a problem
 * whose {@code detail} names the limit and says when to try again.
 */
public class LimitExceeded extends ErrorResponseException {

    private final Duration retryAfter;

    public LimitExceeded(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(detail), null);
        this.retryAfter = Duration.ofSeconds(seconds(retryAfter));
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfter.toSeconds()));
    }

    public String detail() {
        String detail = getBody().getDetail();
        return detail == null ? "" : detail;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String getMessage() {
        return detail();
    }

    /** Rounded up, and never 0: "try again in 0 seconds" invites a busy loop. */
    static long seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle("Limit reached");
        return problem;
    }

}
