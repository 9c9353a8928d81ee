package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page, signing in and out, the security headers, and the two chains kept apart. */
class SignInPagesTest extends PageTestSupport {

    @Test
    void homeExplainsHeapGraderAndOffersSignInAndTheDemo() throws Exception {
        MvcResult home = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY))
                .andReturn();
        String html = home.getResponse().getContentAsString();
        assertThat(html).contains("<label for=\"token\">", "name=\"token\"", "action=\"/sign-in\"",
                "id=\"demo-instructor\"", "id=\"demo-student\"", "name=\"_csrf\"");
        assertThat(html).doesNotContain("<script>", "onclick=", "style=\"");
        assertThat(WebSecurity.CONTENT_SECURITY_POLICY).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void aTokenSignsInAndTheSessionOpensTheCourses() throws Exception {
        MockHttpSession session = signInAs("INSTRUCTOR_TOKEN");
        String courses = mvc.perform(get("/courses").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(courses).contains("HeapGrader demo course", "Ada Lovelace", "/courses/demo");
    }

    @Test
    void theDemoButtonsSignInAsTheDemoInstructorAndStudent() throws Exception {
        MvcResult asStudent = mvc.perform(post("/sign-in/demo").param("account", "STUDENT").with(csrf()))
                .andExpect(redirectedUrl("/courses")).andReturn();
        MockHttpSession session = (MockHttpSession) asStudent.getRequest().getSession(false);
        mvc.perform(get("/courses").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Linus")));
    }

    @Test
    void anUnknownTokenIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/sign-in").param("token", "hg_not-a-token").with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("unknown or revoked")));
    }

    @Test
    void aCiTokenCannotSignIn() throws Exception {
        mvc.perform(post("/sign-in").param("token", demoTokens().get("CI_TOKEN")).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void signInNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("token", demoTokens().get("GRACE_TOKEN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesSendStrangersToTheHomePage() throws Exception {
        mvc.perform(get("/courses")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/")));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = signInAs("GRACE_TOKEN");
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/?signed-out"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/courses").session(new MockHttpSession())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiStaysStatelessWithBearerTokensAndNoCsrf() throws Exception {
        MvcResult api = mvc.perform(get("/api/v1/courses")
                        .header("Authorization", "Bearer " + demoTokens().get("INSTRUCTOR_TOKEN")))
                .andExpect(status().isOk()).andReturn();
        assertThat(api.getRequest().getSession(false)).isNull();
        assertThat(api.getResponse().getHeader("Set-Cookie")).isNull();
        // A signed-in page session is no API credential, and the API still answers 401 problems.
        MockHttpSession session = signInAs("INSTRUCTOR_TOKEN");
        mvc.perform(get("/api/v1/courses").session(session)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
