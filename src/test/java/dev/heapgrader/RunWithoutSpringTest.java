package dev.heapgrader;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that {@code heapgrader run} never starts Spring: the real main class runs in a child JVM that logs every
 * class it loads, and not one of them may come from {@code org.springframework}. The child's output and exit status
 * must be exactly what {@link Engine#run} returns for the same file, whatever the engine currently does.
 */
class RunWithoutSpringTest {

    @TempDir
    Path dir;

    @Test
    void runPrintsWhatTheEngineReturnsWithoutLoadingSpring() throws Exception {
        String source = "import sys\nx = []\nprint(sys.getrefcount(x))\nprint('héllo')\n";
        Files.writeString(dir.resolve("tiny.py"), source, StandardCharsets.UTF_8);
        RunResult expected = Engine.run(source, "tiny.py", PythonVersion.V3_13, Limits.defaults());

        ChildRun child = runMain("run", "--python", "3.13", "tiny.py");

        assertThat(child.exitStatus()).isEqualTo(expected.exitStatus());
        assertThat(child.stdout()).isEqualTo(expected.stdout());
        assertThat(child.stderr()).isEqualTo(expected.stderr());
        assertThat(child.loadedClasses())
                .as("the run command went through picocli and the engine")
                .anyMatch(line -> line.contains("dev.heapgrader.cli.RunCommand"))
                .anyMatch(line -> line.contains("dev.heapgrader.engine.Engine"));
        assertThat(child.loadedClasses())
                .as("no Spring class may be loaded by 'heapgrader run'")
                .noneMatch(line -> line.contains("org.springframework"))
                .noneMatch(line -> line.contains("dev.heapgrader.HeapGraderApplication"));
    }

    @Test
    void helpAndUsageErrorsDoNotLoadSpringEither() throws Exception {
        ChildRun help = runMain("--help");
        ChildRun unknown = runMain("frobnicate");

        assertThat(help.exitStatus()).isZero();
        assertThat(help.stdout()).startsWith("Usage: heapgrader");
        assertThat(unknown.exitStatus()).isEqualTo(2);
        assertThat(unknown.stderr()).startsWith("heapgrader: unknown command 'frobnicate'");
        assertThat(help.loadedClasses()).noneMatch(line -> line.contains("org.springframework"));
        assertThat(unknown.loadedClasses()).noneMatch(line -> line.contains("org.springframework"));
    }

    private ChildRun runMain(String... args) throws IOException, InterruptedException {
        Path classLog = Files.createTempFile(dir, "classes", ".log");
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        String classPath = System.getProperty("java.class.path");
        assertThat(classPath).as("Spring is on the child's class path, so only the dispatch keeps it out")
                .contains("spring-boot").contains("picocli");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", classPath,
                HeapGrader.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        return new ChildRun(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                Files.readAllLines(classLog));
    }

    /** What the child JVM did: its exit status, its output and one log line per loaded class. */
    private record ChildRun(int exitStatus, String stdout, String stderr, List<String> loadedClasses) {
    }
}
