package dev.heapgrader.api;

import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code /api/v1} endpoint with every kind of caller, and the status each must get. Callers: no token, an
 * unknown token, the administrator, the course's instructor, its student {@code sam} (whose submission is read),
 * the other student {@code tess}, the course's CI token, and the instructor of another course (who must not even
 * learn that the course exists: 404).
 */
final class AuthorizationMatrix {

    enum Who { NONE, BAD, ADMIN, INSTRUCTOR, STUDENT, OTHER_STUDENT, CI, FOREIGN_INSTRUCTOR }

    private record Endpoint(String name, String method, Supplier<String> path, Supplier<Object> body,
                            Map<Who, Integer> expected) {
    }

    private final ApiClient api;
    private final String admin;
    private final AtomicInteger counter = new AtomicInteger();

    AuthorizationMatrix(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    Stream<DynamicTest> tests() {
        CourseFixture course = CourseFixture.create(api, admin, "authz");
        CourseFixture foreign = CourseFixture.create(api, admin, "authz-other");
        long samSubmission = api.post(course.path("/submissions"), course.sam,
                Map.of("exercise", "cycles", "source", ScriptedGrading.RIGHT)).json().get("id").asLong();
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        tokens.put(Who.NONE, null);
        tokens.put(Who.BAD, "hg_not-a-real-token");
        tokens.put(Who.ADMIN, admin);
        tokens.put(Who.INSTRUCTOR, course.instructor);
        tokens.put(Who.STUDENT, course.sam);
        tokens.put(Who.OTHER_STUDENT, course.tess);
        tokens.put(Who.CI, course.ci);
        tokens.put(Who.FOREIGN_INSTRUCTOR, foreign.instructor);

        Map<String, Object> answer = Map.of("exercise", "leaks", "source", ScriptedGrading.HALF, "student", "sam");
        Map<String, Object> batch = Map.of("student", "sam", "submissions",
                List.of(Map.of("exercise", "sizes", "source", ScriptedGrading.HALF)));
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("create course", "POST", () -> "/api/v1/courses",
                () -> CourseFixture.courseBody(CourseFixture.uniqueSlug("authz-new")),
                expect(201, 403, 403, 403, 403, 403)));
        endpoints.add(new Endpoint("list courses", "GET", () -> "/api/v1/courses", () -> null,
                expect(200, 200, 200, 200, 200, 200)));
        endpoints.add(new Endpoint("read course", "GET", () -> course.path(""), () -> null,
                expect(200, 200, 200, 200, 200, 404)));
        endpoints.add(new Endpoint("update course", "PATCH", () -> course.path(""),
                () -> Map.of("title", "Renamed"), expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("list exercises", "GET", () -> course.path("/exercises"), () -> null,
                expect(200, 200, 200, 200, 200, 404)));
        endpoints.add(new Endpoint("add member", "POST", () -> course.path("/members"),
                () -> Map.of("name", "new" + counter.incrementAndGet(), "role", "STUDENT"),
                expect(201, 201, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("list members", "GET", () -> course.path("/members"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("extend deadline", "PUT", () -> course.path("/members/sam/extensions/slots"),
                () -> Map.of("deadline", "2030-01-01T00:00:00Z"), expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("list tokens", "GET", () -> course.path("/tokens"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("create CI token", "POST", () -> course.path("/tokens"),
                () -> Map.of("label", "x"), expect(201, 201, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("revoke token", "DELETE", () -> course.path("/tokens/" + freshCiToken(course)),
                () -> null, expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("submit", "POST", () -> course.path("/submissions"), () -> answer,
                expect(403, 403, 201, 403, 201, 404)));
        endpoints.add(new Endpoint("list submissions", "GET", () -> course.path("/submissions"), () -> null,
                expect(200, 200, 200, 200, 403, 404)));
        endpoints.add(new Endpoint("read submission", "GET", () -> course.path("/submissions/" + samSubmission),
                () -> null, expect(200, 200, 200, 404, 403, 404)));
        endpoints.add(new Endpoint("batch", "POST", () -> course.path("/batches"), () -> batch,
                expect(403, 403, 200, 403, 200, 404)));
        endpoints.add(new Endpoint("gradebook", "GET", () -> course.path("/gradebook"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("gradebook csv", "GET", () -> course.path("/gradebook.csv"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("regrade", "POST", () -> course.path("/regrade"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("analytics", "GET", () -> course.path("/analytics"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));
        endpoints.add(new Endpoint("audit log", "GET", () -> course.path("/audit"), () -> null,
                expect(200, 200, 403, 403, 403, 404)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Who who : Who.values()) {
                int status = endpoint.expected().get(who);
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + who + " -> " + status, () -> {
                    ApiClient.Response response = api.call(endpoint.method(), endpoint.path().get(), tokens.get(who),
                            endpoint.body().get(), Map.of());
                    assertThat(response.status()).as(response.body()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(response.json().get("status").asInt()).isEqualTo(status);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private long freshCiToken(CourseFixture course) {
        return api.post(course.path("/tokens"), course.instructor, Map.of("label", "to revoke")).json().get("id")
                .asLong();
    }

    /** The statuses for admin, instructor, student, other student, CI, foreign instructor; no or a bad token: 401. */
    private static Map<Who, Integer> expect(int admin, int instructor, int student, int otherStudent, int ci,
                                            int foreign) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        expected.put(Who.NONE, 401);
        expected.put(Who.BAD, 401);
        expected.put(Who.ADMIN, admin);
        expected.put(Who.INSTRUCTOR, instructor);
        expected.put(Who.STUDENT, student);
        expected.put(Who.OTHER_STUDENT, otherStudent);
        expected.put(Who.CI, ci);
        expected.put(Who.FOREIGN_INSTRUCTOR, foreign);
        return expected;
    }
}
