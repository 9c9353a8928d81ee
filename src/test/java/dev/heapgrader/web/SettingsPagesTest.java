package dev.heapgrader.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The settings page on a course of its own (so the demo course other tests read stays as it is): settings,
 * hidden-check visibility as the API and the pages both apply it, members with their token shown once,
 * extensions, CI tokens and regrading.
 */
class SettingsPagesTest extends PageTestSupport {

    private static final String EXERCISE = "gc-cycles";

    private record TestCourse(String slug, MockHttpSession instructor, String studentToken) {
        String path(String rest) {
            return "/courses/" + slug + rest;
        }
    }

    @Test
    void settingsChangeTheCourseThroughTheSameServiceAsTheApi() throws Exception {
        TestCourse course = newCourse();
        String html = page(course.instructor(), course.path("/settings"));
        assertThat(html).contains("<label for=\"pythonVersion\">", "<label for=\"maxAttempts\">",
                "id=\"hidden-AFTER_DEADLINE\"", "checked", "<label for=\"deadline-gc-cycles\">", "Add member",
                "Create CI token", "Regrade all submissions");
        mvc.perform(settingsForm(course, "NEVER", "101")).andExpect(status().is3xxRedirection());
        assertThat(page(course.instructor(), course.path("/settings"))).contains("between 0 and 100");
        mvc.perform(settingsForm(course, "NEVER")).andExpect(status().is3xxRedirection());
        String api = mvc.perform(get("/api/v1/courses/" + course.slug()).header("Authorization", "Bearer " + ADMIN))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"pythonVersion\":\"3.13\"", "\"maxAttempts\":7", "\"hiddenChecks\":\"NEVER\"",
                "\"percentPerDay\":5");
        assertThat(page(course.instructor(), course.path("/settings"))).contains("Settings saved.");
    }

    @Test
    void settingsNeedTheCsrfToken() throws Exception {
        TestCourse course = newCourse();
        mvc.perform(post(course.path("/settings")).session(course.instructor()).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void hiddenChecksShowAfterTheDeadlineByDefaultNeverWhenSoSetAndOnceReleased() throws Exception {
        TestCourse course = newCourse();
        MockHttpSession student = signIn(course.studentToken());
        String wrong = new ClassPathResource("exercises/gc-cycles/wrong/collect-too-early.py")
                .getContentAsString(StandardCharsets.UTF_8);
        String result = mvc.perform(post(course.path("/exercises/" + EXERCISE + "/submissions")).session(student)
                        .with(csrf()).header("HX-Request", "true").param("source", wrong))
                .andReturn().getResponse().getContentAsString();
        String id = result.replaceAll("(?s).*/submissions/(\\d+).*", "$1");
        String apiPath = "/api/v1/courses/" + course.slug() + "/submissions/" + id;
        // The deadline has passed (AFTER_DEADLINE, the default): the student sees the hidden check's result.
        assertThat(result).doesNotContain("Hidden check 1").contains("hidden check");
        assertThat(apiAsStudent(course, apiPath)).doesNotContain("Hidden check 1");
        mvc.perform(settingsForm(course, "NEVER")).andExpect(status().is3xxRedirection());
        assertThat(page(student, course.path("/submissions/" + id))).contains("Hidden check 1");
        assertThat(apiAsStudent(course, apiPath)).contains("Hidden check 1");
        mvc.perform(settingsForm(course, "AFTER_RELEASE")).andExpect(status().is3xxRedirection());
        assertThat(apiAsStudent(course, apiPath)).contains("Hidden check 1");
        mvc.perform(post(course.path("/settings/release-hidden-checks")).session(course.instructor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(student, course.path("/submissions/" + id))).doesNotContain("Hidden check 1");
        assertThat(apiAsStudent(course, apiPath)).doesNotContain("Hidden check 1");
    }

    @Test
    void aNewMembersTokenIsShownOnceAndSignsThemIn() throws Exception {
        TestCourse course = newCourse();
        MvcResult added = mvc.perform(post(course.path("/members")).session(course.instructor()).with(csrf())
                        .param("name", "ruth").param("displayName", "Ruth").param("role", "STUDENT"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) added.getFlashMap().get("secret");
        String shown = page(course.instructor(), course.path("/settings"));
        assertThat(shown).contains("shown only this once", token);
        assertThat(page(course.instructor(), course.path("/settings"))).doesNotContain(token);
        assertThat(page(signIn(token), "/courses")).contains("Ruth");
    }

    @Test
    void ciTokensAreCreatedShownOnceAndRevoked() throws Exception {
        TestCourse course = newCourse();
        MvcResult created = mvc.perform(post(course.path("/tokens")).session(course.instructor()).with(csrf())
                        .param("label", "GitHub Actions"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) created.getFlashMap().get("secret");
        assertThat(token).isNotBlank();
        String html = page(course.instructor(), course.path("/settings"));
        assertThat(html).contains("GitHub Actions");
        Matcher revoke = Pattern.compile("/tokens/(\\d+)/revoke\"[^>]*>(?:(?!</form>).)*?aria-label=\"Revoke "
                + "GitHub Actions\"", Pattern.DOTALL).matcher(html);
        assertThat(revoke.find()).isTrue();
        String tokenId = revoke.group(1);
        mvc.perform(post(course.path("/tokens/" + tokenId + "/revoke")).session(course.instructor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/courses/" + course.slug()).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExtensionMovesTheStudentsDeadlineAndRegradeReportsChanges() throws Exception {
        TestCourse course = newCourse();
        MockHttpSession student = signIn(course.studentToken());
        mvc.perform(post(course.path("/exercises/" + EXERCISE + "/submissions")).session(student).with(csrf())
                .param("source", new ClassPathResource("exercises/gc-cycles/solution.py")
                        .getContentAsString(StandardCharsets.UTF_8)));
        String later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString()
                .replace(":00Z", "");
        mvc.perform(post(course.path("/extensions")).session(course.instructor()).with(csrf())
                        .param("member", "sam").param("exercise", EXERCISE).param("deadline", later))
                .andExpect(status().is3xxRedirection());
        assertThat(page(course.instructor(), course.path("/settings"))).contains("Extension saved for sam.");
        assertThat(page(student, course.path(""))).contains("extension");
        mvc.perform(post(course.path("/regrade")).session(course.instructor()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String report = page(course.instructor(), course.path("/settings"));
        // On time now: the late penalty the first grade took is gone, and the report shows before and after.
        assertThat(report).contains("Regrade report", "1</span> submissions regraded", "<th scope=\"col\" "
                + "class=\"num\">Before</th>");
    }

    private MockHttpServletRequestBuilder settingsForm(TestCourse course, String hiddenChecks) {
        return settingsForm(course, hiddenChecks, "5");
    }

    private MockHttpServletRequestBuilder settingsForm(TestCourse course, String hiddenChecks, String latePercent) {
        String past = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString()
                .replace(":00Z", "");
        return post(course.path("/settings")).session(course.instructor()).with(csrf())
                .param("title", "Settings test").param("pythonVersion", "3.13").param("scorePolicy", "BEST")
                .param("maxAttempts", "7").param("latePercentPerDay", latePercent).param("lateFloorPercent", "50")
                .param("hiddenChecks", hiddenChecks).param("deadline-" + EXERCISE, past);
    }

    private String apiAsStudent(TestCourse course, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + course.studentToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A course with one exercise whose deadline passed yesterday, an instructor signed in, and a student. */
    private TestCourse newCourse() throws Exception {
        String slug = "settings-" + UUID.randomUUID().toString().substring(0, 8);
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        api("/api/v1/courses", "{\"slug\":\"" + slug + "\",\"title\":\"Settings test\",\"exercises\":[{\"exercise\":\""
                + EXERCISE + "\",\"deadline\":\"" + yesterday + "\"}],\"latePolicy\":{\"percentPerDay\":10,"
                + "\"floorPercent\":50}}");
        String instructor = token(api("/api/v1/courses/" + slug + "/members",
                "{\"name\":\"ines\",\"displayName\":\"Ines\",\"role\":\"INSTRUCTOR\"}"));
        String student = token(api("/api/v1/courses/" + slug + "/members",
                "{\"name\":\"sam\",\"displayName\":\"Sam\",\"role\":\"STUDENT\"}"));
        return new TestCourse(slug, signIn(instructor), student);
    }

    private String api(String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                        .content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String token(String addedJson) {
        return addedJson.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
