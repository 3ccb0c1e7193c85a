package dev.faibric.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends what never reached a controller (an
 * exception in a filter, a {@code sendError}) and what anyone may ask for: the same
 * problem shape as every other error, never an HTML page, an exception's class or a stack
 * trace.
 */
@RestController
class ErrorEndpoint implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (!(code instanceof Integer value) || value < 400 || value > 599) {
            // Asked for directly: there is nothing here.
            return answer(HttpStatus.NOT_FOUND, "There is nothing at " + request.getMethod() + " /error.");
        }
        HttpStatusCode status = HttpStatusCode.valueOf(value);
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String where = request.getMethod() + " " + uri;
        String detail = switch (value) {
            case 400 -> "The request is malformed.";
            case 404 -> "There is nothing at " + where + ".";
            case 405 -> "The method is not supported here.";
            case 413 -> "The request is too large.";
            default -> status.is5xxServerError() ? ApiErrors.INTERNAL : Problems.title(status) + ".";
        };
        if (status.is5xxServerError()) {
            log.error("{} {}", value, where, error instanceof Throwable thrown ? thrown : null);
        }
        else {
            log.warn("{} {}: {}", value, where, detail);
        }
        return answer(status, detail);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(headers).body(Problems.of(status, detail));
    }

}
