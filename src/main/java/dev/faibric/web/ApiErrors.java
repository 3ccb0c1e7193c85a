package dev.faibric.web;

import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem with a {@code detail} that says what to fix. A
 * body that is not JSON, or not sent as JSON, is a bad request (400) like any other
 * malformed input.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                ? "The request body is missing: send JSON like {\"prompt\": \"a tip calculator\"}."
                : "The request body is not valid JSON of the expected shape: send JSON like {\"prompt\": \"a tip calculator\"}.";
        return problem(detail, "Malformed request body", request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type " + ex.getContentType();
        return problem("The request was sent with " + sent + "; send it as application/json.",
                "Unsupported content type", request);
    }

    /**
     * A body that breaks a validation rule: the rule's own words, each broken rule in
     * turn.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult()
            .getAllErrors()
            .stream()
            .map(ObjectError::getDefaultMessage)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .collect(Collectors.joining(" "));
        return problem(detail.isEmpty() ? "The request is not valid." : detail, "Invalid request", request);
    }

    private ResponseEntity<Object> problem(String detail, String title, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        return ResponseEntity.badRequest().body(problem);
    }

}
