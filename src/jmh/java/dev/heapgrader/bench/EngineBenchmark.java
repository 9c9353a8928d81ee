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
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The three workloads issue 4 names, each a whole program run through {@link Engine#run} (parse, compile, run).
 * The same programs live in {@code bench/} so {@code bench/cpython-times} can time real CPython on them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    static final String APPEND = """
            l = []
            for i in range(1000000):
                l.append(i)
            print(len(l))
            """;
    static final String INSTANCES = """
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            total = 0
            for i in range(200000):
                p = P(i, i + 1)
                total += p.x + p.y
            print(total)
            """;
    static final String RECURSION = """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(25))
            """;

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
        return run(APPEND);
    }

    @Benchmark
    public String instances200k() {
        return run(INSTANCES);
    }

    @Benchmark
    public String recursiveFib25() {
        return run(RECURSION);
    }
}
