package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heap timeline on the pages: the submission page and the playground each offer it, and their JSON endpoints
 * answer the signed-in person with the same export the API gives, refusing strangers and forms without CSRF.
 */
class TimelinePagesTest extends PageTestSupport {

    private static final String CYCLE = "import gc\nclass Node: pass\na = Node()\nb = Node()\na.o = b\nb.o = a\n"
            + "del a, b\nprint(gc.collect())\n";

    @Test
    void aStudentsSubmissionPageOffersItsTimelineFromASessionEndpoint() throws Exception {
        MockHttpSession session = signInAs("GRACE_TOKEN");
        String submitted = mvc.perform(post("/courses/demo/exercises/gc-cycles/submissions").session(session)
                        .with(csrf()).header("HX-Request", "true").param("source", CYCLE))
                .andReturn().getResponse().getContentAsString();
        String id = submitted.replaceAll("(?s).*/courses/demo/submissions/(\\d+).*", "$1");

        String page = mvc.perform(get("/courses/demo/submissions/" + id).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-src=\"/courses/demo/submissions/" + id + "/timeline.json\"",
                "class=\"show-timeline\"", "/js/page-timeline.js");

        String json = mvc.perform(get("/courses/demo/submissions/" + id + "/timeline.json").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"trace\"", "\"collections\"", "\"Node\"");
        mvc.perform(get("/courses/demo/submissions/" + id + "/timeline.json").session(signInAs("BARBARA_TOKEN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlaygroundRecordsTheTimelineOfAnyProgram() throws Exception {
        MockHttpSession session = signInAs("LINUS_TOKEN");
        String json = mvc.perform(post("/playground/timeline").session(session).with(csrf())
                        .param("source", CYCLE).param("version", "3.13"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"trace\"").containsPattern("\"python_version\"\\s*:\\s*\"3\\.13\"");
        mvc.perform(post("/playground/timeline").session(session).param("source", CYCLE).param("version", "3.13"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/timeline/timeline-viewer.js")).andExpect(status().isOk());
    }
}
