package dev.heapgrader.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with the real grader (the CLI's code path) over HTTP: every built-in exercise's reference solution
 * gets full marks, a known wrong answer gets less, the demo course has graded submissions, and a regrade changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RealGradingServiceTest {

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

    @Test
    void solutionsScoreFullMarksWrongAnswersLessAndARegradeChangesNothing() throws IOException {
        ApiClient api = new ApiClient(port);
        String slug = CourseFixture.uniqueSlug("real");
        assertThat(api.post("/api/v1/courses", ADMIN, Map.of("slug", slug, "title", "Real grading")).status())
                .isEqualTo(201);
        String instructor = CourseFixture.addMember(api, ADMIN, slug, "ivy", "INSTRUCTOR");
        String student = CourseFixture.addMember(api, instructor, slug, "sam", "STUDENT");
        JsonNode exercises = api.get("/api/v1/courses/" + slug + "/exercises", student).json();
        assertThat(exercises).hasSize(5);
        List<String> ids = new ArrayList<>();
        exercises.forEach(exercise -> ids.add(exercise.get("id").asString()));

        for (String id : ids) {
            JsonNode right = submit(api, slug, student, id, read(new ClassPathResource(
                    "exercises/" + id + "/solution.py")));
            assertThat(right.get("finalScore").asDouble()).as(id + " solution")
                    .isEqualTo(right.get("maxScore").asDouble());
            Resource[] wrong = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:exercises/" + id + "/wrong/*.py");
            if (wrong.length > 0) {
                JsonNode graded = submit(api, slug, student, id, read(wrong[0]));
                assertThat(graded.get("finalScore").asDouble()).as(id + " " + wrong[0].getFilename())
                        .isLessThan(graded.get("maxScore").asDouble());
            }
        }

        JsonNode regrade = api.post("/api/v1/courses/" + slug + "/regrade", instructor, null).json();
        assertThat(regrade.get("changed").asInt()).isZero();
        JsonNode book = api.get("/api/v1/courses/" + slug + "/gradebook", instructor).json();
        assertThat(book.get("rows").get(0).get("total").asDouble()).isEqualTo(book.get("maxTotal").asDouble());
    }

    private static JsonNode submit(ApiClient api, String slug, String token, String exercise, String source) {
        ApiClient.Response response = api.post("/api/v1/courses/" + slug + "/submissions", token,
                Map.of("exercise", exercise, "source", source));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("grade");
    }

    private static String read(Resource resource) throws IOException {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
