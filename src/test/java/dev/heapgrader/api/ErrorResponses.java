package dev.heapgrader.api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error statuses of the API, each an RFC 9457 problem detail with a title and a detail: 400 malformed JSON and
 * bad fields, 404 unknown course, exercise and submission, 413 a source over 64 KiB, 415 a body that is not JSON,
 * and a revoked token that no longer works (401).
 */
final class ErrorResponses {

    private final ApiClient api;
    private final String admin;

    ErrorResponses(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    void check() {
        CourseFixture course = CourseFixture.create(api, admin, "errors");
        String submissions = course.path("/submissions");

        problem(api.call("POST", submissions, course.sam, "{\"exercise\": ", Map.of()), 400,
                "Malformed request body");
        problem(api.post(submissions, course.sam, Map.of("source", "print(1)")), 400, "Invalid request");
        problem(api.post("/api/v1/courses", admin, Map.of("slug", "Not A Slug", "title", "x")), 400,
                "Invalid request");
        problem(api.post("/api/v1/courses", admin, Map.of("slug", CourseFixture.uniqueSlug("bad-version"),
                "title", "x", "pythonVersion", "2.7")), 400, "Invalid request");
        problem(api.get("/api/v1/courses/no-such-course", admin), 404, "Not found");
        problem(api.post(submissions, course.sam, Map.of("exercise", "no-such", "source", "x")), 404, "Not found");
        problem(api.get(course.path("/submissions/999999999"), course.instructor), 404, "Not found");
        problem(api.post(submissions, course.sam, Map.of("exercise", "cycles", "source", "x".repeat(64 * 1024 + 1))),
                413, "Source too large");
        problem(api.call("POST", submissions, course.sam, "exercise=cycles",
                Map.of("Content-Type", "text/plain")), 415, null);
        problem(api.post("/api/v1/courses", admin, CourseFixture.courseBody(course.slug)), 409, "Course exists");

        // Exactly 64 KiB of UTF-8 is accepted.
        ApiClient.Response limit = api.post(submissions, course.sam,
                Map.of("exercise", "cycles", "source", "#".repeat(64 * 1024)));
        assertThat(limit.status()).as(limit.body()).isEqualTo(201);

        // A revoked token stops working at once.
        ApiClient.Response ci = api.post(course.path("/tokens"), course.instructor, Map.of("label", "short-lived"));
        String secret = ci.json().get("token").asString();
        assertThat(api.get(course.path(""), secret).status()).isEqualTo(200);
        ApiClient.Response listed = api.get(course.path("/tokens"), course.instructor);
        assertThat(listed.body()).doesNotContain(secret).contains(secret.substring(0, 10));
        assertThat(api.call("DELETE", course.path("/tokens/" + ci.json().get("id").asLong()), course.instructor,
                null, Map.of()).status()).isEqualTo(200);
        problem(api.get(course.path(""), secret), 401, "Authentication required");
    }

    private static void problem(ApiClient.Response response, int status, String title) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        if (title != null) {
            assertThat(response.json().get("title").asString()).isEqualTo(title);
        }
    }
}
