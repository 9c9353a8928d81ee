package dev.heapgrader.api;

import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * An error the API reports to its client on purpose, with the status, a short title and a detail that says what
 * to change; {@link ProblemDetailsAdvice} turns it into {@code application/problem+json}. The factories keep
 * titles uniform across endpoints.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Duration retryAfter;

    private ApiException(HttpStatus status, String title, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", detail, null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "Authentication required", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Not allowed", detail, null);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " '" + id + "' does not exist", null);
    }

    public static ApiException conflict(String title, String detail) {
        return new ApiException(HttpStatus.CONFLICT, title, detail, null);
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Source too large", detail, null);
    }

    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions", detail, retryAfter);
    }

    /** 503: the service cannot take the request now (nothing was stored); retry after {@code retryAfter}. */
    public static ApiException unavailable(String title, String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, title, detail, retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** How long the client should wait before retrying; null unless the status is 429 or 503. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
