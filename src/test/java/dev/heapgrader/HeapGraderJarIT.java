package dev.heapgrader;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar itself, as users start it with {@code java -jar target/heapgrader.jar}: {@code run} and
 * {@code --help} load neither Spring nor Spring Boot's nested-jar launcher, and {@code serve} still starts the
 * whole service through that launcher. Runs in {@code mvn verify}, after {@code package}.
 */
class HeapGraderJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("heapgrader.jar", "target/heapgrader.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
    }

    @Test
    void runUsesOnlyTheClassesAtTheJarRoot() throws Exception {
        String source = "import gc\nprint(gc.collect())\n";
        Files.writeString(dir.resolve("tiny.py"), source, StandardCharsets.UTF_8);
        RunResult expected = Engine.run(source, "tiny.py", PythonVersion.V3_11, Limits.defaults());

        JarRun child = runJar("run", "--python", "3.11", "tiny.py");

        assertThat(child.exitStatus()).isEqualTo(expected.exitStatus());
        assertThat(child.stdout()).isEqualTo(expected.stdout());
        assertThat(child.stderr()).isEqualTo(expected.stderr());
        assertThat(child.loadedClasses())
                .anyMatch(line -> line.contains("dev.heapgrader.cli.RunCommand"))
                .noneMatch(line -> line.contains("org.springframework"))
                .noneMatch(line -> line.contains("BOOT-INF"));
    }

    @Test
    void gradeUsesTheExercisesAndJacksonAtTheJarRoot() throws Exception {
        Files.copy(Path.of("exercises/slots/solution.py").toAbsolutePath(), dir.resolve("slots.py"));

        JarRun child = runJar("grade", "--exercise", "slots", "--format", "json", "--fail-under-full", "slots.py");

        assertThat(child.exitStatus()).isZero();
        assertThat(child.stdout()).contains("\"exercise\" : \"slots\"", "\"score\" : 10.0");
        assertThat(child.loadedClasses())
                .anyMatch(line -> line.contains("dev.heapgrader.grading.Grader"))
                .noneMatch(line -> line.contains("org.springframework"))
                .noneMatch(line -> line.contains("BOOT-INF"));
    }

    @Test
    void helpAndVersionComeFromTheJarRoot() throws Exception {
        JarRun help = runJar("--help");
        JarRun version = runJar("--version");

        assertThat(help.exitStatus()).isZero();
        assertThat(help.stdout()).startsWith("Usage: heapgrader").contains("run", "grade", "serve");
        assertThat(help.loadedClasses()).noneMatch(line -> line.contains("org.springframework"));
        assertThat(version.exitStatus()).isZero();
        assertThat(version.stdout()).startsWith("heapgrader ").doesNotContain("development build");
    }

    @Test
    void serveStartsTheServiceThroughSpringBootsLauncher() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        Process service = new ProcessBuilder(java(), "-jar", jar.toString(), "serve", "--server.port=" + port,
                "--heapgrader.data-dir=" + dir.resolve("data"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String health = awaitHealth(port, service, Duration.ofMinutes(3));

            assertThat(health).contains("\"status\":\"UP\"");
            assertThat(Files.readString(log)).contains("Started HeapGraderApplication");
            assertThat(dir.resolve("data").resolve("heapgrader.mv.db")).isRegularFile();
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static String awaitHealth(int port, Process service, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service process is still running").isTrue();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notUpYet) {
                // The port is not open yet; try again shortly.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not report health within " + patience);
    }

    @Test
    void theLauncherStartsTheCommandLineFromTheClassDataArchive() throws Exception {
        Path archive = Path.of(jar.toString().replaceAll("\\.jar$", ".jsa"));
        assertThat(archive).as("the CDS archive mvn package records").isRegularFile();
        Files.writeString(dir.resolve("tiny.py"), "print(sum(range(4)))\n", StandardCharsets.UTF_8);

        // -Xshare:on fails at start when the archive cannot be used with this jar, instead of silently ignoring it
        Process strict = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info", "-jar", jar.toString(), "run", "tiny.py")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String strictOut = new String(strict.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(strict.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(strict.exitValue()).as(strictOut).isZero();
        assertThat(strictOut).contains("dev.heapgrader.cli.RunCommand source: shared objects file");

        Path launcher = Path.of("bin", "heapgrader").toAbsolutePath();
        Process launched = new ProcessBuilder(launcher.toString(), "run", "tiny.py").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(launched.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("6\n");
    }

    private JarRun runJar(String... args) throws IOException, InterruptedException {
        Path classLog = Files.createTempFile(dir, "classes", ".log");
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(java(), "-Xlog:class+load=info:file=" + classLog,
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new JarRun(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                Files.readAllLines(classLog));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What one {@code java -jar} did: its exit status, its output and one log line per loaded class. */
    private record JarRun(int exitStatus, String stdout, String stderr, List<String> loadedClasses) {
    }
}
