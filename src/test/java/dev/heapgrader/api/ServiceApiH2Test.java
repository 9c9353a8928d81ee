package dev.heapgrader.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service contract on the embedded default (H2 in file mode, a fresh data directory), plus what only happens
 * there: the demo course, with its tokens written for the README's curl examples, and a filled gradebook.
 */
@DirtiesContext
class ServiceApiH2Test extends ServiceApiContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("heapgrader.data-dir", () -> dataDir.toString());
    }

    @Test
    void theFirstStartCreatesTheDemoCourseWithAFilledGradebook() throws Exception {
        List<String> lines = Files.readAllLines(dataDir.resolve("demo-tokens.env"));
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String line : lines) {
            if (line.startsWith("export ") && line.contains("_TOKEN=")) {
                String[] parts = line.substring("export ".length()).split("=", 2);
                tokens.put(parts[0], parts[1]);
            }
        }
        assertThat(tokens).containsKeys("INSTRUCTOR_TOKEN", "GRACE_TOKEN", "LINUS_TOKEN", "BARBARA_TOKEN",
                "CI_TOKEN");
        ApiClient.Response book = api.get("/api/v1/courses/demo/gradebook", tokens.get("INSTRUCTOR_TOKEN"));
        assertThat(book.status()).as(book.body()).isEqualTo(200);
        assertThat(book.json().get("rows")).hasSize(3);
        assertThat(book.json().get("exercises")).hasSize(5);
        assertThat(api.get("/api/v1/courses/demo/submissions", tokens.get("INSTRUCTOR_TOKEN")).json()).hasSize(16);
        assertThat(api.get("/api/v1/courses/demo/submissions", tokens.get("GRACE_TOKEN")).json())
                .allSatisfy(s -> assertThat(s.get("student").asString()).isEqualTo("grace"));
    }

    @Test
    void theCiExampleScriptSubmitsABatchAndFailsBelowTheMinimum(@TempDir Path workDir) throws Exception {
        Assumptions.assumeTrue(CiScriptRun.toolsPresent(), "bash, curl or python3 missing");
        new CiScriptRun(api, ADMIN, port).run(workDir);
    }

    @Test
    void openApiSwaggerUiAndMetricsAreServed() {
        ApiClient.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/courses/{course}/submissions", "/api/v1/courses/{course}/batches",
                "bearer");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        ApiClient.Response info = api.get("/actuator/info", null);
        assertThat(info.body()).contains("\"engineVersion\":\"scripted-engine\"",
                "\"rubricVersion\":\"scripted-rubric-1\"");
        ApiClient.Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("heapgrader_grading_seconds_bucket", "heapgrader_submissions_total{");
    }
}
