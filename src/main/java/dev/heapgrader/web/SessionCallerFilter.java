package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.token.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Turns the signed-in session into the API's {@link Caller} on the request, so page controllers take a {@code Caller}
 * parameter exactly as the API's controllers do and call the same services with it. The token behind the session is
 * checked on every request: revoking it signs the person out at once, as it stops the API at once.
 *
 * <p>Not a Spring bean: {@link WebSecurity} adds it to the pages' chain only (a bean filter would also run on the API).
 */
final class SessionCallerFilter extends OncePerRequestFilter {

    private final TokenService tokens;

    SessionCallerFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            if (tokens.active(signedIn.tokenId())) {
                request.setAttribute(Caller.REQUEST_ATTRIBUTE, signedIn.caller());
                request.setAttribute(SignedIn.class.getName(), signedIn);
            } else {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
