package dev.heapgrader.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random abuse of every endpoint (see {@link MalformedRequests}) with every kind of token: the service
 * never answers 5xx, never shows a stack trace or a Java class name, answers API errors as problem details, and a
 * request it refuses stores nothing; and no token it was sent reaches the log. A failure names the seed and the request, so it can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"heapgrader.submissions.per-minute=100000", "heapgrader.auth.failures-per-minute=100000",
                "server.address=127.0.0.1", "heapgrader.demo.enabled=false"})
@Import(ScriptedGradingConfiguration.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ApiAbuseTest {

    private static final String ADMIN = "test-admin-" + UUID.randomUUID();
    private static final long SEED = Long.getLong("heapgrader.abuse.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("heapgrader.abuse.requests", 400);
    private static final List<String> TABLES = List.of("course", "course_exercise", "member", "extension",
            "api_token", "submission", "grade");
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "dev.heapgrader.",
            "org.springframework", "org.hibernate", "tools.jackson", "com.fasterxml", "org.h2", "SQLState");

    /** The endpoints, with {c} course, {m} member, {e} exercise, {id} a submission or token id. */
    private static final List<String> ENDPOINTS = List.of("POST /api/v1/courses", "GET /api/v1/courses",
            "GET /api/v1/courses/{c}", "PATCH /api/v1/courses/{c}", "GET /api/v1/courses/{c}/exercises",
            "POST /api/v1/courses/{c}/members", "GET /api/v1/courses/{c}/members",
            "PUT /api/v1/courses/{c}/members/{m}/extensions/{e}", "GET /api/v1/courses/{c}/tokens",
            "POST /api/v1/courses/{c}/tokens", "DELETE /api/v1/courses/{c}/tokens/{id}",
            "GET /api/v1/courses/{c}/gradebook", "GET /api/v1/courses/{c}/gradebook.csv",
            "GET /api/v1/courses/{c}/analytics", "POST /api/v1/courses/{c}/submissions",
            "GET /api/v1/courses/{c}/submissions", "GET /api/v1/courses/{c}/submissions/{id}",
            "POST /api/v1/courses/{c}/regrade", "POST /api/v1/courses/{c}/batches",
            "GET /api/v1/courses/{c}/audit");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
        registry.add("heapgrader.admin-token", () -> ADMIN);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void malformedRequestsNeverFailTheServerNorStoreAnything(CapturedOutput log) {
        CourseFixture course = CourseFixture.create(new ApiClient("127.0.0.1", port), ADMIN, "abuse");
        RawHttp http = new RawHttp(port);
        MalformedRequests generate = new MalformedRequests(SEED);
        List<String> tokens = java.util.Arrays.asList(ADMIN, course.instructor, course.sam, course.ci, null,
                "not-a-token", "' OR 1=1 --");
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String[] endpoint = generate.pick(ENDPOINTS).split(" ");
            String target = endpoint[1]
                    .replace("{c}", generate.chance(70) ? course.slug : generate.segment())
                    .replace("{m}", generate.chance(50) ? "sam" : generate.segment())
                    .replace("{e}", generate.chance(50) ? "slots" : generate.segment())
                    .replace("{id}", generate.chance(30) ? "1" : generate.segment());
            if (generate.chance(10)) {
                target += "?student=" + generate.segment() + "&exercise=" + generate.segment();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String token = generate.pick(tokens);
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            headers.put("Content-Type", generate.pick(List.of("application/json", "application/json",
                    "application/json; charset=ISO-8859-1", "text/plain", "application/xml", "multipart/form-data")));
            if (generate.chance(20)) {
                headers.put("Idempotency-Key", generate.segment());
            }
            byte[] body = endpoint[0].equals("GET") && generate.chance(80) ? null : generate.body();
            String method = generate.chance(5) ? generate.pick(List.of("TRACE", "OPTIONS", "HEAD", "PUT")) : endpoint[0];

            Map<String, Long> before = counts();
            RawHttp.Response response = http.send(method, target, headers, body);
            String request = "seed " + SEED + ", request " + i + ": " + method + " " + abbreviate(target) + " "
                    + abbreviate(body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));

            String problem = problem(method, response, before);
            if (problem != null) {
                failures.add(request + "\n  " + problem + "\n  " + abbreviate(response.text()));
            }
        }
        assertThat(failures).as("requests the service mishandled").isEmpty();
        assertThat(log.getAll()).as("tokens are never logged after they are created")
                .doesNotContain(ADMIN, course.instructor, course.sam, course.ci);
    }

    /** What is wrong with this response, or null. */
    private String problem(String method, RawHttp.Response response, Map<String, Long> before) {
        if (response.status() < 200 || response.status() > 499) {
            return "status " + response.status();
        }
        for (String leak : LEAKS) {
            if (response.text().contains(leak)) {
                return "shows internals: " + leak;
            }
        }
        if (response.status() >= 400) {
            if (!counts().equals(before)) {
                return "a refused request stored something";
            }
            // Tomcat's connector refuses TRACE itself and Spring Boot's error page answers it, in its own JSON.
            boolean api = !method.equals("TRACE");
            if (api && !response.headerContains("Content-Type", "application/problem+json")) {
                return "not a problem detail";
            }
        }
        return null;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " chars)";
    }
}
