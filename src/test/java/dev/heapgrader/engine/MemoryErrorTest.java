package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heap filled to its limit raises MemoryError at once, as CPython's {@code PyErr_NoMemory} does from its
 * preallocated instances: making the exception itself must not need the exhausted heap (it recursed until the
 * Java stack ran out, seconds later, and ended as an internal error).
 */
class MemoryErrorTest {
    private static final Limits SMALL_HEAP = new Limits(50_000_000L, 32L << 20, 10_000, Duration.ofSeconds(10));

    @Test
    void aSetBuiltPastTheHeapLimitRaisesMemoryError() {
        RunResult r = Engine.run("s = set(range(2 * 10 ** 6))\n", "main.py", PythonVersion.V3_12, SMALL_HEAP);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.UNCAUGHT_EXCEPTION);
        assertThat(r.lastStderrLine()).isEqualTo("MemoryError");
    }

    @Test
    void aCaughtMemoryErrorLeavesTheProgramRunning() {
        String program = """
                def fill():
                    s = set(range(2 * 10 ** 6))
                try:
                    fill()
                except MemoryError:
                    print("caught")
                print(len([1, 2, 3]))
                """;
        RunResult r = Engine.run(program, "main.py", PythonVersion.V3_13, SMALL_HEAP);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.stdout()).isEqualTo("caught\n3\n");
    }
}
