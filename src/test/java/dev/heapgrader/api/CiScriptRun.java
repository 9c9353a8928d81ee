package dev.heapgrader.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/ci/heapgrader-submit.sh} as a course repository's CI would, against the running service:
 * a passing set of answers prints the summary, saves JUnit XML and exits 0; answers below the minimum exit 1.
 */
final class CiScriptRun {

    private final ApiClient api;
    private final String admin;
    private final int port;

    CiScriptRun(ApiClient api, String admin, int port) {
        this.api = api;
        this.admin = admin;
        this.port = port;
    }

    static boolean toolsPresent() {
        for (String tool : new String[] {"bash", "curl", "python3"}) {
            try {
                Process probe = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
                if (probe.waitFor() != 0) {
                    return false;
                }
            } catch (IOException | InterruptedException unavailable) {
                return false;
            }
        }
        return true;
    }

    void run(Path workDir) throws Exception {
        CourseFixture course = CourseFixture.create(api, admin, "ci-script");
        Path answers = Files.createDirectories(workDir.resolve("answers"));
        Files.writeString(answers.resolve("cycles.py"), ScriptedGrading.RIGHT);
        Files.writeString(answers.resolve("leaks.py"), ScriptedGrading.HALF);

        Result passing = script(course, workDir, "sam", "50");
        assertThat(passing.exit()).as(passing.output()).isZero();
        assertThat(passing.output()).contains("HeapGrader results for sam", "cycles", "PASS explains why",
                "FAIL explains why: expected explain to pass", "Total: 16.00 / 20.00 (80.0%)");
        assertThat(Files.readString(workDir.resolve("junit.xml"))).contains("<testsuites", "<failure");

        Result again = script(course, workDir, "sam", "90");
        assertThat(again.exit()).as(again.output()).isEqualTo(1);
        assertThat(api.get(course.path("/submissions?student=sam"), course.instructor).json())
                .as("the same commit is submitted once").hasSize(2);
    }

    private record Result(int exit, String output) {
    }

    private Result script(CourseFixture course, Path workDir, String student, String minimum) throws Exception {
        Path script = Path.of("examples/ci/heapgrader-submit.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(workDir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HEAPGRADER_URL", "http://localhost:" + port);
        env.put("HEAPGRADER_COURSE", course.slug);
        env.put("HEAPGRADER_TOKEN", course.ci);
        env.put("HEAPGRADER_STUDENT", student);
        env.put("HEAPGRADER_MIN_SCORE", minimum);
        env.put("HEAPGRADER_JUNIT", workDir.resolve("junit.xml").toString());
        env.put("GITHUB_SHA", "0123abc");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
