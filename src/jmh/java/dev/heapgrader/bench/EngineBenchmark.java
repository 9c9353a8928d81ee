package dev.heapgrader.bench;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The three workloads issue 4 names, each a whole program from {@code bench/} run through {@link Engine#run}
 * (parse, compile, run), so {@code bench/cpython-times} can time real CPython on the very same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    private String append;
    private String instances;
    private String recursion;

    /** The programs are the files in {@code bench/}, which {@code bench/cpython-times} times on CPython. */
    @Setup
    public void load() throws IOException {
        append = Files.readString(Path.of("bench/list_append.py"));
        instances = Files.readString(Path.of("bench/instances.py"));
        recursion = Files.readString(Path.of("bench/recursion.py"));
    }

    private static final Limits LIMITS = new Limits(2_000_000_000L, 4L << 30, 1_000_000, Duration.ofMinutes(5));

    private static String run(String source) {
        RunResult r = Engine.run(source, "bench.py", PythonVersion.V3_12, LIMITS);
        if (r.exitStatus() != 0) {
            throw new IllegalStateException(r.stderr());
        }
        return r.stdout();
    }

    @Benchmark
    public String listAppendMillion() {
        return run(append);
    }

    @Benchmark
    public String instances200k() {
        return run(instances);
    }

    @Benchmark
    public String recursiveFib25() {
        return run(recursion);
    }
}
