package dev.heapgrader.bench;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's measurement: how long {@code gc.collect()} takes on a heap of 10^4, 10^5 and 10^6 tracked objects,
 * on the engine and on real CPython 3.12 (warm, {@link CPythonProcess}), in the same JMH run. Each program builds
 * the heap (that many empty lists, all reachable, automatic collection off) and then calls {@code gc.collect()}
 * {@code collections} times; the time of one collection is the difference between the runs with 10 and with 0
 * collections, divided by 10, so building the heap cancels out. The program is {@code bench/gc_collect.py} with
 * its two numbers substituted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class GcCollectBenchmark {
    private static final Limits LIMITS = new Limits(2_000_000_000L, 8L << 30, 1_000_000, Duration.ofMinutes(10));

    @Param({"10000", "100000", "1000000"})
    public int heapObjects;

    @Param({"0", "10"})
    public int collections;

    @Param({"engine", "cpython-3.12"})
    public String runner;

    private Path program;
    private String source;
    private CPythonProcess cpython;

    @Setup
    public void prepare() throws IOException, InterruptedException {
        source = Files.readString(Path.of("bench/gc_collect.py"))
                .replace("HEAP_OBJECTS = 1000", "HEAP_OBJECTS = " + heapObjects)
                .replace("COLLECTIONS = 1", "COLLECTIONS = " + collections);
        program = Files.createTempFile("heapgrader-gc-collect-", ".py");
        Files.writeString(program, source);
        if (runner.startsWith("cpython")) {
            cpython = new CPythonProcess("3.12.1");
        }
    }

    @TearDown
    public void stop() throws IOException {
        if (cpython != null) {
            cpython.close();
        }
        Files.deleteIfExists(program);
    }

    @Benchmark
    public String buildHeapThenCollect() throws IOException {
        if (cpython != null) {
            cpython.run(program);
            return "";
        }
        RunResult r = Engine.run(source, "gc_collect.py", PythonVersion.V3_12, LIMITS);
        if (r.exitStatus() != 0) {
            throw new IllegalStateException(r.stderr());
        }
        return r.stdout();
    }
}
