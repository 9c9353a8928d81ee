package dev.heapgrader.bench;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The three workloads issue 4 names, each a whole program from {@code bench/} (parse, compile, run), timed in the
 * same JMH run on two runners: the engine ({@link Engine#run} on CPython 3.12 rules) and real CPython 3.12.1 kept
 * warm in a child process ({@link CPythonProcess}). The ratio of the two rows is the engine's slowdown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    private static final Limits LIMITS = new Limits(2_000_000_000L, 4L << 30, 1_000_000, Duration.ofMinutes(5));

    @Param({"engine", "cpython-3.12"})
    public String runner;

    private CPythonProcess cpython;

    @Setup
    public void start() throws IOException, InterruptedException {
        if (runner.startsWith("cpython")) {
            cpython = new CPythonProcess("3.12.1");
        }
    }

    @TearDown
    public void stop() throws IOException {
        if (cpython != null) {
            cpython.close();
        }
    }

    private String run(String file) throws IOException {
        Path program = Path.of("bench", file);
        if (cpython != null) {
            cpython.run(program);
            return file;
        }
        RunResult r = Engine.run(Files.readString(program), file, PythonVersion.V3_12, LIMITS);
        if (r.exitStatus() != 0) {
            throw new IllegalStateException(r.stderr());
        }
        return r.stdout();
    }

    @Benchmark
    public String listAppendMillion() throws IOException {
        return run("list_append.py");
    }

    @Benchmark
    public String instances200k() throws IOException {
        return run("instances.py");
    }

    @Benchmark
    public String recursiveFib25() throws IOException {
        return run("recursion.py");
    }
}
