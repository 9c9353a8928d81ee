package dev.heapgrader.api;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Turns every error of the API into an RFC 9457 problem detail ({@code application/problem+json}): the errors the
 * code raises on purpose ({@link ApiException}), Spring MVC's own (malformed JSON 400, 404, 405, 415...), a database
 * that does not answer (503, so clients retry later and nothing half-stored is reported as done), and anything
 * unexpected (500, logged, with no internals in the body).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException error, HttpServletRequest request) {
        ProblemDetail problem = problem(error.status(), error.title(), error.getMessage(), request);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (error.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, error.retryAfter().toSeconds())));
        }
        if (error.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem);
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, JDBCConnectionException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception error, HttpServletRequest request) {
        LOG.warn("database unavailable: {}", error.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                        "The database does not answer. Try again later; retry a submission with the same "
                                + "Idempotency-Key, so that it is stored once even if this attempt reached it.",
                        request));
    }

    /** The database refused the commit: nothing was stored, so the client retries (see {@link FailedCommit}). */
    ResponseEntity<ProblemDetail> commitFailed(Exception error, HttpServletRequest request) {
        LOG.warn("commit failed on {} {}", request.getMethod(), request.getRequestURI(), error);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not stored",
                        "The database could not commit this request, so nothing of it was stored. Send it again; "
                                + "retry a submission with the same Idempotency-Key.",
                        request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException error, HttpServletRequest request) {
        LOG.info("constraint violation: {}", error.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.CONFLICT, "Conflict",
                        "The request conflicts with stored data (a duplicate name or key?)", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request) {
        if (ConnectionLoss.causedBy(error)) {
            return databaseDown(error, request);
        }
        if (FailedCommit.causedBy(error)) {
            return commitFailed(error, request);
        }
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), error);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                        "The server failed to handle the request; it has been logged", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, UnreadableBody.describe(error));
        problem.setTitle("Malformed request body");
        return handleExceptionInternal(error, problem, headers, status, request);
    }

    /** A query string whose percent-encoding is not valid UTF-8, refused by Tomcat when parameters are read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> query(InvalidParameterException error, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid query string",
                        "The query string is not valid percent-encoded UTF-8", request));
    }

    /** A multipart content type without a parsable body: the client's mistake, not the server's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException error, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                        "The API takes JSON bodies (Content-Type: application/json), not multipart forms", request));
    }

    private static ProblemDetail problem(HttpStatusCode status, String title, String detail,
                                         HttpServletRequest request) {
        ProblemDetail problem = Problems.of(status, title, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
