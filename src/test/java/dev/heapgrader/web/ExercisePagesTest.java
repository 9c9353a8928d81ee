package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The course, exercise and submission pages of a student, submitting through the page, and escaping. */
class ExercisePagesTest extends PageTestSupport {

    private static final String EXERCISE = "/courses/demo/exercises/gc-cycles";

    @Test
    void theCoursePageListsDeadlinesAttemptsAndCountedScores() throws Exception {
        String html = page(signInAs("LINUS_TOKEN"), "/courses/demo");
        assertThat(html).contains("<caption>Exercises</caption>", "Counted score", "/courses/demo/exercises/gc-cycles",
                "past", "/courses/demo/submissions/");
        assertThat(html).doesNotContain("/courses/demo/gradebook");
        assertThat(page(signInAs("INSTRUCTOR_TOKEN"), "/courses/demo"))
                .contains("/courses/demo/gradebook", "/courses/demo/analytics", "/courses/demo/settings");
    }

    @Test
    void theExercisePageShowsThePromptRenderedTheEditorAndTheVersion() throws Exception {
        String html = page(signInAs("BARBARA_TOKEN"), EXERCISE);
        assertThat(html).contains("<ol>", "<code>gc.collect()</code>", "Graded as Python <strong>3.12</strong>",
                "<label for=\"source\">", "<textarea id=\"source\" name=\"source\"", "hx-post=\"" + EXERCISE
                        + "/submissions\"", "/lib/codemirror.js", "/mode/python/python.js", "Earlier submissions");
    }

    @Test
    void aWrongAnswerSubmittedWithHtmxComesBackWithTheFailingLineMarked() throws Exception {
        MockHttpSession session = signInAs("BARBARA_TOKEN");
        String wrong = resource("exercises/gc-cycles/wrong/collect-too-early.py");
        String result = mvc.perform(post(EXERCISE + "/submissions").session(session).with(csrf())
                        .header("HX-Request", "true").param("source", wrong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int line = lineOf(wrong, "gc.collect()");
        // The demo's deadline for gc-cycles has passed: hidden checks are shown (AFTER_DEADLINE, the default).
        assertThat(result).contains("id=\"graded\"", "badge fail", "hidden check", "late")
                .containsPattern("<li id=\"L" + line + "\" class=\"marked fail\">");
        assertThat(result).doesNotContain("<html", "Hidden check 1");
        String right = resource("exercises/gc-cycles/solution.py");
        String fixed = mvc.perform(post(EXERCISE + "/submissions").session(session).with(csrf())
                        .header("HX-Request", "true").param("source", right))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fixed).doesNotContain("badge fail");
    }

    @Test
    void withoutScriptsTheFormPostsAndLandsOnTheSubmissionPage() throws Exception {
        MockHttpSession session = signInAs("BARBARA_TOKEN");
        String location = mvc.perform(post(EXERCISE + "/submissions").session(session).with(csrf())
                        .param("source", "print('hi')\n"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/courses/demo/submissions/");
        String html = page(session, location);
        assertThat(html).contains("Grade history", "<section id=\"timeline\"", "Source", "print(&#39;hi&#39;)",
                location + "/output");
        assertThat(page(session, location + "/output")).contains("hi", "stdout", "stderr");
    }

    @Test
    void submittingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post(EXERCISE + "/submissions").session(signInAs("BARBARA_TOKEN")).param("source", "x = 1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherStudentsSubmissionIsNotFound() throws Exception {
        mvc.perform(get("/courses/demo/submissions/1").session(signInAs("BARBARA_TOKEN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void scriptsInAnswersAndDisplayNamesAreEscapedEverywhere() throws Exception {
        String added = mvc.perform(post("/api/v1/courses/demo/members")
                        .header("Authorization", "Bearer " + demoTokens().get("INSTRUCTOR_TOKEN"))
                        .contentType("application/json")
                        .content("{\"name\":\"mallory\",\"displayName\":\"<script>alert('name')</script>\","
                                + "\"role\":\"STUDENT\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = added.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        MockHttpSession session = signIn(token);
        String answer = "s = \"<script>alert('answer')</script>\"\nprint(s)\n";
        String result = mvc.perform(post(EXERCISE + "/submissions").session(session).with(csrf())
                        .header("HX-Request", "true").param("source", answer))
                .andReturn().getResponse().getContentAsString();
        String id = result.replaceAll("(?s).*/courses/demo/submissions/(\\d+).*", "$1");
        String submission = page(session, "/courses/demo/submissions/" + id);
        String output = page(session, "/courses/demo/submissions/" + id + "/output");
        String instructorView = page(signInAs("INSTRUCTOR_TOKEN"), "/courses/demo/submissions/" + id);
        for (String html : new String[] {result, submission, output, instructorView, page(session, "/courses")}) {
            assertThat(html).doesNotContain("<script>alert");
        }
        assertThat(submission).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;",
                "&lt;script&gt;alert(&#39;answer&#39;)&lt;/script&gt;");
        assertThat(output).contains("&lt;script&gt;alert(&#39;answer&#39;)&lt;/script&gt;");
    }

    @Test
    void promptsAreRenderedWithRawHtmlEscapedAndUnsafeLinksDropped() {
        String html = new PromptRenderer().html("# T\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)>");
        assertThat(html).contains("<h1>T</h1>", "&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>", "javascript:", "<img");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String resource(String path) throws Exception {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private static int lineOf(String source, String text) {
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the source");
    }
}
