package dev.heapgrader.bench;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.version.PythonVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How long the parser takes on a 2,000-line file of classes, comprehensions, f-strings and dict loops (the
 * program ParserLimitsTest parses for its structure; its speed is measured here, never asserted in a test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParseBenchmark {
    private String source;

    @Setup
    public void prepare() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("class Node").append(i).append(":\n")
                    .append("    def __init__(self, value, nxt=None):\n")
                    .append("        self.value = value\n")
                    .append("        self.next = nxt\n")
                    .append("    def total(self, *args, **kw):\n")
                    .append("        out = [x * 2 for x in range(10) if x % 3]\n")
                    .append("        for k, v in {'a': 1, 'b': 2}.items():\n")
                    .append("            out.append(f\"{k}={v!r:>4}\")\n")
                    .append("        return sum(out[1:]) if out else -1\n")
                    .append("\n");
        }
        source = sb.toString();
    }

    @Benchmark
    public Module parseTwoThousandLines() {
        return Parser.parse(source, "big.py", PythonVersion.V3_12);
    }
}
