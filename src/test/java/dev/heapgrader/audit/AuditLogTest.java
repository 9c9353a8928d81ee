package dev.heapgrader.audit;

import dev.heapgrader.api.ApiClient;
import dev.heapgrader.api.CourseFixture;
import dev.heapgrader.api.ScriptedGradingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log over the API: each instructor or administrator action leaves one entry saying who, what, on what
 * and when; a refused action leaves none; instructors and administrators read it, students and CI tokens may not,
 * and errors are problem details like everywhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "heapgrader.demo.enabled=false"})
@Import(ScriptedGradingConfiguration.class)
@DirtiesContext
class AuditLogTest {

    private static final String ADMIN = "test-admin-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
        registry.add("heapgrader.admin-token", () -> ADMIN);
    }

    @LocalServerPort
    int port;

    @Test
    void instructorAndAdministratorActionsAreRecordedWithWhoWhatAndWhen() {
        ApiClient api = new ApiClient("127.0.0.1", port);
        CourseFixture course = CourseFixture.create(api, ADMIN, "audit");
        ok(api.call("PATCH", course.path(""), course.instructor, Map.of("maxAttempts", 5), Map.of()));
        ok(api.call("PUT", course.path("/members/sam/extensions/slots"), course.instructor,
                Map.of("deadline", "2030-01-01T00:00:00Z"), Map.of()));
        JsonNode ci = api.post(course.path("/tokens"), course.instructor, Map.of("label", "extra")).json();
        ok(api.call("DELETE", course.path("/tokens/" + ci.get("id").asLong()), course.instructor, null, Map.of()));
        ok(api.post(course.path("/regrade"), ADMIN, null));
        assertThat(api.post(course.path("/members"), course.instructor,
                Map.of("name", "sam", "role", "STUDENT")).status()).as("a duplicate member is refused").isEqualTo(409);

        ApiClient.Response read = api.get(course.path("/audit"), course.instructor);

        assertThat(read.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : read.json()) {
            assertThat(entry.get("at").asString()).isNotBlank();
            lines.add(entry.get("actor").asString() + " " + entry.get("action").asString() + " "
                    + entry.get("target").asString());
        }
        long extra = ci.get("id").asLong();
        assertThat(lines).as("newest first; tokens are numbered in the order they were issued").containsExactly(
                "admin course.regraded " + course.slug,
                "ivy token.revoked token " + extra,
                "ivy token.created token " + extra,
                "ivy extension.granted sam",
                "ivy course.updated " + course.slug,
                "ivy token.created token " + (extra - 1),
                "ivy token.created token " + (extra - 2),
                "ivy member.added tess",
                "ivy token.created token " + (extra - 3),
                "ivy member.added sam",
                "admin token.created token " + (extra - 4),
                "admin member.added ivy",
                "admin course.created " + course.slug);
        JsonNode updated = read.json().get(4);
        assertThat(updated.get("detail").asString()).isEqualTo("maxAttempts=5");
        assertThat(updated.get("actorKind").asString()).isEqualTo("INSTRUCTOR");
    }

    @Test
    void onlyInstructorsAndAdministratorsReadTheLog() {
        ApiClient api = new ApiClient("127.0.0.1", port);
        CourseFixture course = CourseFixture.create(api, ADMIN, "audit-read");

        assertThat(api.get(course.path("/audit"), ADMIN).status()).isEqualTo(200);
        for (String outsider : List.of(course.sam, course.ci)) {
            ApiClient.Response refused = api.get(course.path("/audit"), outsider);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get(course.path("/audit"), null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/courses/no-such-course/audit", ADMIN).status()).isEqualTo(404);
        ApiClient.Response badLimit = api.get(course.path("/audit?limit=1e9"), course.instructor);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("detail").asString()).contains("1 to 1000");
        assertThat(api.get(course.path("/audit?limit=2"), course.instructor).json().size()).isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheAuditEndpoint() {
        ApiClient.Response doc = new ApiClient("127.0.0.1", port).get("/v3/api-docs", null);

        assertThat(doc.json().get("paths").has("/api/v1/courses/{course}/audit")).isTrue();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }
}
