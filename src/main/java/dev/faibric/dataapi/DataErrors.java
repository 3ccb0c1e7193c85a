package dev.faibric.dataapi;

import dev.faibric.datastore.AppDataException;
import dev.faibric.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the data store refuses, answered as a problem with the store's own words: a bad
 * filter or value 400, no such collection 404, a taken unique value or full storage 409.
 * Ahead of the platform's catch-all, which would make it a 500.
 */
@RestControllerAdvice(basePackageClasses = DataErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DataErrors {

    private static final Logger log = LoggerFactory.getLogger(DataErrors.class);

    @ExceptionHandler(AppDataException.class)
    ResponseEntity<ProblemDetail> refused(AppDataException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, FULL, MIGRATION -> HttpStatus.CONFLICT;
        };
        String detail = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        log.warn("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), detail);
        return ResponseEntity.status(status)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(Problems.of(status, detail));
    }

}
