package dev.heapgrader.timeline;

import dev.heapgrader.api.ApiClient;
import dev.heapgrader.api.CourseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline endpoints over HTTP with the real grader: a submission's timeline for whoever may read the
 * submission (its student, the course's instructors) and no one else, re-run under the course's version; the
 * playground for any authenticated caller, with problem responses for bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TimelineApiTest {

    private static final String ADMIN = "test-admin-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
        registry.add("heapgrader.admin-token", () -> ADMIN);
        registry.add("heapgrader.submissions.per-minute", () -> "1000");
    }

    @LocalServerPort
    int port;

    private ApiClient api;
    private String slug;
    private String instructor;
    private String sam;
    private String tess;
    private String ci;
    private String solution;
    private long submission;

    @BeforeEach
    void submitTheGcCyclesSolution() throws IOException {
        api = new ApiClient(port);
        slug = CourseFixture.uniqueSlug("timeline");
        assertThat(api.post("/api/v1/courses", ADMIN, Map.of("slug", slug, "title", "Timelines")).status())
                .isEqualTo(201);
        instructor = CourseFixture.addMember(api, ADMIN, slug, "ivy", "INSTRUCTOR");
        sam = CourseFixture.addMember(api, instructor, slug, "sam", "STUDENT");
        tess = CourseFixture.addMember(api, instructor, slug, "tess", "STUDENT");
        ApiClient.Response token = api.post(path("/tokens"), instructor, Map.of("label", "repo"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        ci = token.json().get("token").asString();
        solution = Files.readString(Path.of("exercises/gc-cycles/solution.py"));
        ApiClient.Response submitted = api.post(path("/submissions"), sam,
                Map.of("exercise", "gc-cycles", "source", solution));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        submission = submitted.json().get("id").asLong();
    }

    private String path(String rest) {
        return "/api/v1/courses/" + slug + rest;
    }

    private String timelinePath() {
        return path("/submissions/" + submission + "/timeline");
    }

    @Test
    void theStudentAndTheInstructorGetTheTimelineOfTheSubmission() {
        for (String token : List.of(sam, instructor, ADMIN)) {
            ApiClient.Response r = api.get(timelinePath(), token);

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode timeline = r.json();
            assertThat(timeline.get("code").asString()).isEqualTo(solution.replaceAll("\n$", ""));
            assertThat(timeline.get("heapgrader").get("python_version").asString()).isEqualTo("3.12");
            assertThat(explicitCollectionResults(timeline)).containsExactly(2L);
        }
    }

    @Test
    void anotherStudentACiTokenAndNoTokenGetNoTimeline() {
        assertThat(api.get(timelinePath(), tess).status()).isEqualTo(404);
        assertThat(api.get(timelinePath(), ci).status()).isEqualTo(403);
        ApiClient.Response anonymous = api.get(timelinePath(), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(path("/submissions/999999/timeline"), sam).status()).isEqualTo(404);
    }

    @Test
    void thePlaygroundRecordsAnyProgramUnderTheVersionAsked() {
        ApiClient.Response r = api.post("/api/v1/timeline", tess,
                Map.of("source", "import sys\nx = []\nprint(sys.getrefcount(x))\n", "pythonVersion", "3.13"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("heapgrader").get("python_version").asString()).isEqualTo("3.13");
        List<Long> probes = new ArrayList<>();
        r.json().get("trace").forEach(step -> step.get("probes").forEach(p -> probes.add(p.get("value").asLong())));
        assertThat(probes).containsExactly(2L);
    }

    @Test
    void thePlaygroundRefusesBadInputWithAProblem() {
        ApiClient.Response version = api.post("/api/v1/timeline", sam,
                Map.of("source", "x = 1\n", "pythonVersion", "2.7"));
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.json().get("detail").asString()).contains("'pythonVersion' must be one of", "2.7");

        assertThat(api.post("/api/v1/timeline", sam, Map.of("pythonVersion", "3.12")).status())
                .isEqualTo(400);
        ApiClient.Response syntax = api.post("/api/v1/timeline", sam, Map.of("source", "def f(:\n"));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.json().get("detail").asString()).contains("SyntaxError");
        ApiClient.Response large = api.post("/api/v1/timeline", sam,
                Map.of("source", "x = 1\n".repeat(20_000)));
        assertThat(large.status()).isEqualTo(413);
        assertThat(api.post("/api/v1/timeline", null, Map.of("source", "x = 1\n")).status()).isEqualTo(401);
    }

    private static List<Long> explicitCollectionResults(JsonNode timeline) {
        List<Long> out = new ArrayList<>();
        for (JsonNode step : timeline.get("trace")) {
            for (JsonNode c : step.get("collections")) {
                if (c.get("explicit").asBoolean()) {
                    out.add(c.get("returned").asLong());
                }
            }
        }
        return out;
    }
}
