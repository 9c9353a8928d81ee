package dev.heapgrader.web;

import dev.heapgrader.token.TokenService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The service's security chains, first match wins.
 *
 * <ol>
 *   <li>{@code /api/**}: stateless. Spring Security only stays out of the way here (no session, no CSRF, no login
 *   page); the bearer token is checked by {@code token.BearerTokenFilter}, which runs after this chain and answers
 *   401 problem details exactly as before Spring Security was added.</li>
 *   <li>The machine-facing extras (actuator, OpenAPI document, Swagger UI): stateless and open, as before.</li>
 *   <li>Everything else is a page: a session signed in by a token typed into the home page's form
 *   ({@link SignInController}), CSRF tokens on every form and htmx request, a strict Content-Security-Policy (no
 *   inline scripts or styles; every script is a file under {@code /js} or a WebJar), frames denied, no sniffing,
 *   and a same-origin referrer policy. A page that needs a signed-in person sends anyone else to the home page.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security's firewall refuses paths with {@code ..}, encoded slashes or NUL bytes before any chain runs;
     * its default answer is a bare 400. This one answers as every other API error does: an RFC 9457 problem.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
                    + "\"detail\":\"the request URL is not allowed: a path may not contain '..', '//', an encoded "
                    + "slash, backslash or NUL\"}");
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                        "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, TokenService tokens) throws Exception {
        return http.securityMatcher(AnyRequestMatcher.INSTANCE)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/sign-in", "/sign-in/demo", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico", "/error", "/timeline/**").permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context
                        .securityContextRepository(new HttpSessionSecurityContextRepository()))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/")))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new SessionCallerFilter(tokens), SecurityContextHolderFilter.class)
                .build();
    }
}
