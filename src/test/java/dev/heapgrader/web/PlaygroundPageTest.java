package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The playground: signed-in people run programs under a chosen version and see stdout and stderr. */
class PlaygroundPageTest extends PageTestSupport {

    private static final String PROGRAM = "import sys\nprint(sys.version_info[:2])\nprint(1 / 0)\n";

    @Test
    void aProgramRunsUnderTheChosenVersionAndShowsStdoutAndStderr() throws Exception {
        MockHttpSession session = signInAs("GRACE_TOKEN");
        assertThat(mvc.perform(get("/playground").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString())
                .contains("<label for=\"source\">", "<label for=\"version\">", "<option value=\"3.11\"",
                        "<option value=\"3.13\"", "hx-post=\"/playground/run\"", "<section id=\"timeline\"");
        String on311 = run(session, "3.11", true);
        String on313 = run(session, "3.13", true);
        assertThat(on311).contains("(3, 11)", "ZeroDivisionError", "class=\"stderr\"").doesNotContain("<html");
        assertThat(on313).contains("(3, 13)", "ZeroDivisionError");
        assertThat(run(session, "3.12", false)).contains("<html", "(3, 12)", "Playground");
    }

    @Test
    void strangersAndFormsWithoutCsrfAreTurnedAway() throws Exception {
        mvc.perform(get("/playground")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/playground/run").session(signInAs("GRACE_TOKEN")).param("source", "print(1)")
                .param("version", "3.12")).andExpect(status().isForbidden());
    }

    private String run(MockHttpSession session, String version, boolean htmx) throws Exception {
        var request = post("/playground/run").session(session).with(csrf()).param("source", PROGRAM)
                .param("version", version);
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
