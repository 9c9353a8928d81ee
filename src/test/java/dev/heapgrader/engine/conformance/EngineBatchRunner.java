package dev.heapgrader.engine.conformance;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs many programs through the engine in one JVM for {@code conformance/fuzz}, so a fuzzing run pays for one JVM
 * start and one warm-up instead of one per program. It reads requests from stdin, one per line:
 * {@code <version label> TAB <program path>}. For each it writes {@code <path>.<label>.engine.out} (stdout, UTF-8)
 * and {@code <path>.<label>.engine.err} ("exit N" and the whole stderr), then prints {@code done <path>} so the
 * caller knows the files are complete. Run by the fuzz script with the test classpath, never by tests.
 */
public final class EngineBatchRunner {
    private EngineBatchRunner() {
    }

    public static void main(String[] args) throws IOException {
        Limits limits = new Limits(Limits.defaults().maxSteps(), Limits.defaults().maxHeapBytes(),
                Limits.defaults().maxOutputChars(), Duration.ofSeconds(60));
        serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, limits);
    }

    /** Answers every request line of {@code in} on {@code out} until the input ends. */
    static void serve(BufferedReader in, PrintStream out, Limits limits) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            Optional<PythonVersion> version = tab < 0 ? Optional.empty() : PythonVersion.parse(line.substring(0, tab));
            if (version.isEmpty()) {
                out.println("error malformed request (want <version> TAB <path>): " + line);
            } else {
                Path program = Path.of(line.substring(tab + 1));
                runOne(program, version.get(), limits);
                out.println("done " + program);
            }
            out.flush();
        }
    }

    private static void runOne(Path program, PythonVersion version, Limits limits) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String stdout;
        String stderr;
        int exit;
        try {
            RunResult r = Engine.run(source, program.getFileName().toString(), version, limits);
            stdout = r.stdout();
            stderr = r.stderr();
            exit = r.exitStatus();
        } catch (RuntimeException | StackOverflowError e) {
            // Engine.run must always return a RunResult; record the escape as the fuzzer's "engine-crash" kind.
            stdout = "";
            stderr = "EngineBatchRunner: Engine.run threw " + e;
            exit = -1;
        }
        String base = program + "." + version.label() + ".engine";
        Files.writeString(Path.of(base + ".out"), stdout, StandardCharsets.UTF_8);
        Files.writeString(Path.of(base + ".err"), "exit " + exit + "\n" + stderr, StandardCharsets.UTF_8);
    }
}
