package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile programs end in a Python-level outcome, never in a Java exception out of {@link Engine#run}: runaway
 * recursion is a RecursionError, runaway loops stop at the step limit, huge allocations are MemoryError, deep
 * structures die without overflowing the Java stack, and the host is out of reach.
 */
class EngineSafetyTest {
    private static final Limits SMALL = new Limits(2_000_000, 64L << 20, 10_000, Duration.ofSeconds(20));

    private static RunResult run(String source, PythonVersion v) {
        return Engine.run(source, "safety.py", v, SMALL);
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void runawayRecursionIsARecursionError(PythonVersion v) {
        RunResult r = run("def f():\n    return f()\nf()\n", v);
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.UNCAUGHT_EXCEPTION);
        assertThat(r.lastStderrLine()).startsWith("RecursionError: maximum recursion depth exceeded");
    }

    @Test
    void bigIntegerWorkThatWouldOutlastTheTimeLimitStopsAtOnce() {
        Limits limits = new Limits(2_000_000, 512L << 20, 10_000, Duration.ofSeconds(5));
        long start = System.nanoTime();
        RunResult power = Engine.run("x = 10 ** 10 ** 8\nprint('done')\n", "big.py", PythonVersion.V3_12, limits);
        RunResult product = Engine.run("x = 7 ** 10 ** 6\ny = x ** 30\nz = y * y\nprint('done')\n", "big.py",
                PythonVersion.V3_12, limits);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(power.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(product.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(seconds).as("both runs ended within their limits").isLessThan(12);
        RunResult modest = Engine.run("print((10 ** 10 ** 5).bit_length())\n", "big.py", PythonVersion.V3_12, limits);
        assertThat(modest.stdout()).isEqualTo(java.math.BigInteger.TEN.pow(100_000).bitLength() + "\n");
    }

    @Test
    void infiniteLoopStopsAtTheStepLimit() {
        RunResult r = run("while True:\n    pass\n", PythonVersion.V3_12);
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.STEP_LIMIT);
        assertThat(r.stderr()).contains("stopped after 2000000 steps");
    }

    @Test
    void builtinsConsumingHugeIteratorsStopAtTheStepLimit() {
        for (String source : new String[] {"print(sum(range(10 ** 12)))\n", "print(max(range(10 ** 30)))\n",
                "print(any(x < 0 for x in range(10 ** 12)))\n", "list(iter(int, 1))\n"}) {
            RunResult r = run(source, PythonVersion.V3_12);
            assertThat(r.outcome()).as(source).isEqualTo(RunResult.Outcome.STEP_LIMIT);
            assertThat(r.stderr()).as(source).contains("stopped after 2000000 steps");
        }
    }

    @Test
    void aProgramStoppedAtTheTimeLimitStopsRunning() throws InterruptedException {
        Limits manySteps = new Limits(Long.MAX_VALUE, 64L << 20, 10_000, Duration.ofMillis(300));
        RunResult r = Engine.run("print(sum(range(10 ** 15)))\n", "spin.py", PythonVersion.V3_12, manySteps);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        // the program's thread notices the deadline itself: nothing keeps burning a core after the answer
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (programThreadAlive() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(programThreadAlive()).isFalse();
    }

    private static boolean programThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("heapgrader-program") && t.isAlive());
    }

    @Test
    void hugeAllocationsAreMemoryErrors() {
        for (String source : new String[] {"x = [0] * 10**9\n", "s = 'ab' * 10**10\n", "n = 7 ** 10**9\n",
                "t = (1, 2) * 10**9\n", "n = 1 << 10**12\n"}) {
            RunResult r = run(source, PythonVersion.V3_12);
            assertThat(r.lastStderrLine()).as(source).isEqualTo("MemoryError");
            assertThat(r.outcome()).as(source).isEqualTo(RunResult.Outcome.UNCAUGHT_EXCEPTION);
        }
    }

    @Test
    void deeplyNestedContainersDieWithoutOverflowingTheStack() {
        RunResult r = Engine.run("l = []\nfor i in range(300000):\n    l = [l]\ndel l\nprint('done')\n",
                "deep.py", PythonVersion.V3_12, Limits.defaults());
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.stdout()).isEqualTo("done\n");
    }

    @Test
    void theHostIsOutOfReach() {
        RunResult imports = run("import os\n", PythonVersion.V3_12);
        assertThat(imports.lastStderrLine()).isEqualTo("ModuleNotFoundError: No module named 'os'");
        RunResult open = run("open('/etc/passwd')\n", PythonVersion.V3_12);
        assertThat(open.lastStderrLine()).startsWith("NameError: name 'open' is not defined");
    }

    @Test
    void outputIsCappedAndStopsTheProgram() {
        RunResult r = run("for i in range(100000):\n    print(i)\n", PythonVersion.V3_12);
        assertThat(r.stdout().length()).isEqualTo(10_000);
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.OUTPUT_LIMIT);
    }
}
