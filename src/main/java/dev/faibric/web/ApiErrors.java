package dev.faibric.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error is an RFC 9457 problem ({@link Problems}) with a {@code detail} that
 * says what to fix: Spring MVC's own exceptions (each with a detail of ours where
 * Spring's would name a Java type), {@code ResponseStatusException}s of the controllers,
 * and anything unexpected, which is a 500 that names nothing internal. A client's mistake
 * is logged in one line; a server error with its stack trace, once.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    static final String INTERNAL = "Something went wrong on our side; it has been logged. Please try again.";

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestSizeLimit.TooLarge tooLarge = causeOf(ex, RequestSizeLimit.TooLarge.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request);
        }
        return problem(ex, HttpStatus.BAD_REQUEST, "Malformed request body", JsonProblems.detail(ex), request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type " + ex.getContentType();
        String wanted = ex.getSupportedMediaTypes()
            .stream()
            .map(MediaType::toString)
            .filter(type -> !type.contains("*"))
            .collect(Collectors.joining(" or "));
        // 400, as before: a body sent as the wrong type is malformed input like any
        // other.
        return problem(
                ex, HttpStatus.BAD_REQUEST, "Unsupported content type", "The request was sent with " + sent
                        + "; send it as " + (wanted.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : wanted) + ".",
                request);
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
        return problem(ex, HttpStatus.BAD_REQUEST, "Invalid request",
                detail.isEmpty() ? "The request is not valid." : detail, request);
    }

    /** A path or query value that is not a number of the type's range, say. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, "Invalid parameter", JsonProblems.mismatch(ex), request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ex, HttpStatus.NOT_FOUND, "Not Found",
                "There is nothing at " + ex.getHttpMethod() + " /" + ex.getResourcePath() + ".", request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = ex.getSupportedMethods() == null ? "" : String.join(", ", ex.getSupportedMethods());
        ProblemDetail body = Problems.of(status, "Method Not Allowed",
                ex.getMethod() + " is not supported here" + (allowed.isEmpty() ? "." : "; use " + allowed + "."));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    @ApiResponse(responseCode = "500", description = "Something went wrong on the server",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(implementation = ApiDocs.Problem.class)))
    ResponseEntity<Object> unexpected(Exception ex, NativeWebRequest request) {
        RequestSizeLimit.TooLarge tooLarge = causeOf(ex, RequestSizeLimit.TooLarge.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request);
        }
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", INTERNAL, request);
    }

    private ResponseEntity<Object> tooLarge(RequestSizeLimit.TooLarge ex, WebRequest request) {
        ResponseEntity<Object> response = problem(ex, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                ex.getMessage(), request);
        // The rest of the body is not read: the connection cannot be used again.
        return ResponseEntity.status(response.getStatusCode())
            .header(HttpHeaders.CONNECTION, "close")
            .body(response.getBody());
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String title, String detail,
            WebRequest request) {
        ResponseEntity<Object> response = handleExceptionInternal(ex, Problems.of(status, title, detail),
                new HttpHeaders(), status, request);
        return response == null ? ResponseEntity.status(status).build() : response;
    }

    /**
     * Every answer passes here: the body made a problem with a detail, whatever Spring
     * put in it, and the error logged once.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            log.debug("{} after the response was committed: {}", status.value(), ex.toString());
            return null;
        }
        Object given = body == null && ex instanceof ErrorResponse error
                ? error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()) : body;
        ProblemDetail problem = given instanceof ProblemDetail detailed ? detailed
                : Problems.of(status, Problems.title(status) + ".");
        if (problem.getTitle() == null) {
            problem.setTitle(Problems.title(status));
        }
        if (problem.getDetail() == null || problem.getDetail().isBlank() || status.is5xxServerError()) {
            problem.setDetail(status.is5xxServerError() ? INTERNAL : Problems.title(status) + ".");
        }
        String where = where(request);
        if (status.is5xxServerError()) {
            log.error("{} {}", status.value(), where, ex);
        }
        else {
            log.warn("{} {}: {}", status.value(), where, problem.getDetail());
        }
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(answer).body(problem);
    }

    private static String where(WebRequest request) {
        if (request instanceof NativeWebRequest web && web.getNativeRequest() instanceof HttpServletRequest http) {
            return http.getMethod() + " " + http.getRequestURI();
        }
        return request.getDescription(false);
    }

    static <T extends Throwable> @Nullable T causeOf(@Nullable Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

}
