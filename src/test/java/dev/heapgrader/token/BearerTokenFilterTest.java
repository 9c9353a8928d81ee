package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The bearer filter on its own: a known token passes with its caller, a missing or unknown one is a 401 problem
 * with {@code WWW-Authenticate}, repeated bad tokens from one address are slowed with 429, a database that does not answer is a 503 problem with {@code Retry-After}, and
 * pages outside {@code /api/} are not its business.
 */
class BearerTokenFilterTest {

    private final TokenService tokens = mock(TokenService.class);
    private final SteppingClock clock = new SteppingClock();
    private final BearerTokenFilter filter = new BearerTokenFilter(tokens, new FailedAuthentications(3, clock),
            JsonMapper.builder().build());

    @Test
    void aKnownTokenPassesWithItsCaller() throws Exception {
        Caller caller = new Caller(4, TokenKind.STUDENT, 1L, 2L);
        when(tokens.authenticate("hg_good")).thenReturn(Optional.of(caller));
        MockHttpServletRequest request = request("Bearer hg_good");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getAttribute(Caller.REQUEST_ATTRIBUTE)).isEqualTo(caller);
    }

    @Test
    void aMissingOrUnknownTokenIsA401Problem() throws Exception {
        when(tokens.authenticate("hg_unknown")).thenReturn(Optional.empty());
        for (String header : new String[] {null, "Basic abc", "Bearer hg_unknown"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request(header), response, chain);

            assertThat(chain.getRequest()).isNull();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":401", "\"title\":\"Authentication required\"");
        }
    }

    @Test
    void aDatabaseOutageIsA503ProblemAndNothingRuns() throws Exception {
        when(tokens.authenticate("hg_any")).thenThrow(new CannotCreateTransactionException("connection refused"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request("Bearer hg_any"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).contains("\"title\":\"Database unavailable\"");
    }

    @Test
    void repeatedBadTokensFromOneAddressAreSlowedWith429() throws Exception {
        Caller caller = new Caller(4, TokenKind.STUDENT, 1L, 2L);
        when(tokens.authenticate("hg_good")).thenReturn(Optional.of(caller));
        when(tokens.authenticate("hg_guess")).thenReturn(Optional.empty());
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse refused = new MockHttpServletResponse();
            filter.doFilter(request("Bearer hg_guess"), refused, new MockFilterChain());
            assertThat(refused.getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse slowed = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("Bearer hg_good"), slowed, chain);

        assertThat(chain.getRequest()).as("even a good token waits: a 429 must not confirm a guess").isNull();
        assertThat(slowed.getStatus()).isEqualTo(429);
        assertThat(slowed.getHeader("Retry-After")).isEqualTo("60");
        assertThat(slowed.getContentType()).startsWith("application/problem+json");
        verify(tokens, times(3)).authenticate("hg_guess");

        MockHttpServletRequest elsewhere = request("Bearer hg_good");
        elsewhere.setRemoteAddr("10.0.0.9");
        MockFilterChain other = new MockFilterChain();
        filter.doFilter(elsewhere, new MockHttpServletResponse(), other);
        assertThat(other.getRequest()).as("another address is not affected").isSameAs(elsewhere);

        clock.advance(Duration.ofSeconds(61));
        MockFilterChain later = new MockFilterChain();
        filter.doFilter(request("Bearer hg_good"), new MockHttpServletResponse(), later);
        assertThat(later.getRequest()).as("a minute later the address may try again").isNotNull();
    }

    @Test
    void pagesOutsideTheApiAreNotFiltered() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/courses");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    /** A clock that stands still until a test moves it. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
