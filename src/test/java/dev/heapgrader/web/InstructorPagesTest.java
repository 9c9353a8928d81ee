package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The instructor's gradebook, CSV and analytics pages on the demo course, and that students cannot open them. */
class InstructorPagesTest extends PageTestSupport {

    @Test
    void theGradebookHasSortableColumnsAFilterTheCsvLinkAndCellsLinkingToCountedSubmissions() throws Exception {
        String html = page(signInAs("INSTRUCTOR_TOKEN"), "/courses/demo/gradebook");
        assertThat(html).contains("<table id=\"gradebook-table\" class=\"sortable\">", "<caption>",
                "<th scope=\"col\"", "aria-sort=\"none\"", "<label for=\"filter\">", "data-filter-table",
                "href=\"/courses/demo/gradebook.csv\"", "Grace", "Linus", "Barbara", "/js/table.js");
        assertThat(html).containsPattern("\\d+d late");
        assertThat(html).containsPattern("data-sort=\"\\d+(\\.\\d+)?\">\\s*<a href=\"/courses/demo/submissions/\\d+\"");
    }

    @Test
    void theCsvIsTheApisCsv() throws Exception {
        MockHttpSession session = signInAs("INSTRUCTOR_TOKEN");
        MvcResult page = mvc.perform(get("/courses/demo/gradebook.csv").session(session))
                .andExpect(status().isOk()).andReturn();
        String api = mvc.perform(get("/api/v1/courses/demo/gradebook.csv")
                        .header("Authorization", "Bearer " + demoTokens().get("INSTRUCTOR_TOKEN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getResponse().getContentType()).startsWith("text/csv");
        assertThat(page.getResponse().getHeader("Content-Disposition")).contains("demo-gradebook.csv");
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(api)
                .startsWith("student,name,");
    }

    @Test
    void analyticsShowHistogramsStatisticsAndFailingChecksWithExamples() throws Exception {
        String html = page(signInAs("INSTRUCTOR_TOKEN"), "/courses/demo/analytics");
        assertThat(html).contains("id=\"exercise-gc-cycles\"", "<svg class=\"bars\"", "<rect", "Mean", "Median",
                "Full marks", "Attempts per student", "Mean score by attempt number", "Checks, most failed first",
                "<progress max=\"1\"", "uPlot.iife.min.js");
        assertThat(html).containsPattern("class=\"example\"\\s+href=\"/courses/demo/submissions/\\d+\"");
    }

    @Test
    void studentsCannotOpenTheInstructorPages() throws Exception {
        MockHttpSession student = signInAs("GRACE_TOKEN");
        for (String path : new String[] {"/courses/demo/gradebook", "/courses/demo/gradebook.csv",
                "/courses/demo/analytics", "/courses/demo/settings"}) {
            mvc.perform(get(path).session(student)).andExpect(status().isForbidden());
        }
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
