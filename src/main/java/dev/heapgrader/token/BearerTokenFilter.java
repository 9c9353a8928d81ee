package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates every {@code /api/} request by its bearer token and leaves the {@link Caller} on the request for
 * the controllers; a missing, malformed, unknown or revoked token ends the request with a 401 problem detail, and
 * a database that does not answer with 503; a client that keeps sending bad tokens is slowed with 429
 * ({@link FailedAuthentications}). The token itself is never logged. What a caller may then do is decided by the
 * services (course scope, role), next to the data they protect.
 *
 * <p>A plain filter rather than Spring Security: the API is stateless (no sessions, cookies, CSRF or login pages),
 * and its rules are domain rules (this token's course, this student's own work), which the services check anyway;
 * one filter and explicit checks are easier to read and test than a security filter chain plus method-security
 * expressions, and every error keeps the same problem-detail shape.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String SCHEME = "Bearer ";

    private final TokenService tokens;
    private final FailedAuthentications failures;
    private final JsonMapper json;

    BearerTokenFilter(TokenService tokens, FailedAuthentications failures, JsonMapper json) {
        this.tokens = tokens;
        this.failures = failures;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            unauthorized(request, response, "send 'Authorization: Bearer <token>'");
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = failures.blocked(client);
        if (wait.isPresent()) {
            tooManyFailures(request, response, wait.get());
            return;
        }
        Optional<Caller> caller;
        try {
            caller = tokens.authenticate(header.substring(SCHEME.length()).trim());
        } catch (DataAccessException | TransactionException databaseDown) {
            LOG.warn("database unavailable while authenticating: {}", databaseDown.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            Problems.write(response, json, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                    "The database does not answer; nothing was stored. Try again later."), request.getRequestURI());
            return;
        }
        if (caller.isEmpty()) {
            failures.record(client);
            unauthorized(request, response, "the bearer token is unknown or revoked");
            return;
        }
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private void tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, wait.toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed authentications",
                "too many unknown or revoked tokens from this address; retry in " + seconds + " s"),
                request.getRequestURI());
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "Authentication required", detail),
                request.getRequestURI());
    }
}
