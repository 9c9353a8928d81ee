package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The bearer filter on its own: a known token passes with its caller, a missing or unknown one is a 401 problem
 * with {@code WWW-Authenticate}, a database that does not answer is a 503 problem with {@code Retry-After}, and
 * pages outside {@code /api/} are not its business.
 */
class BearerTokenFilterTest {

    private final TokenService tokens = mock(TokenService.class);
    private final BearerTokenFilter filter = new BearerTokenFilter(tokens, JsonMapper.builder().build());

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
}
