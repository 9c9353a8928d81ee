package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wall-time limit holds for programs whose work never passes a statement boundary, where the interpreter
 * looks at its clock signal otherwise: recursion through lambdas, comprehensions, loops inside builtins, big
 * containers walked by operators. The step limit is out of the way, so only the clock can stop them. The
 * program's own thread must notice the deadline: then the run ends with what the program printed before it;
 * when it does not, {@link Engine} gives up waiting 5 s after the deadline and the output is lost.
 */
class WallTimeLimitTest {
    private static final Limits ONLY_TIME = new Limits(Long.MAX_VALUE, 256L << 20, 10_000, Duration.ofSeconds(1));

    /** The JVM's first run loads and compiles the engine, which a cold test JVM could take the limit over. */
    @BeforeAll
    static void loadTheEngine() {
        assertThat(Engine.run("print(1)\n", "warm.py", PythonVersion.V3_12, Limits.defaults()).stdout())
                .isEqualTo("1\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a call tree of lambdas: no statement, no loop, only calls and arithmetic on small ints
        "f = lambda n: n and f(n - 1) + f(n - 1) + 1\nprint(f(60))\n",
        // a method called recursively from an expression
        "class T:\n    f = lambda self, n: n and self.f(n - 1) + self.f(n - 1)\nprint(T().f(60))\n",
        // comprehensions walking a big list with an operator at each step
        "big = list(range(200000))\nprint(sum([-1 in big for x in range(10 ** 9)]))\n",
        "big = list(range(200000))\nprint(len({x for x in range(10 ** 9) if x in big}))\n",
        // a builtin calling a lambda
        "big = 'ab' * 100000\nprint(sorted(range(10 ** 6), key=lambda x: big.count('ba')))\n",
        // a generator driven by a builtin
        "print(max(x * x for x in range(10 ** 15)))\n",
    })
    void aProgramPastItsDeadlineStopsItselfAndKeepsItsOutput(String program) {
        RunResult r = Engine.run("print('started')\n" + program, "slow.py", PythonVersion.V3_12, ONLY_TIME);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(r.stdout()).isEqualTo("started\n");
        assertThat(r.lastStderrLine()).isEqualTo("HeapGrader: stopped at the time limit");
    }

    @Test
    void aFinalizerThatOutlastsTheDeadlineAtExitIsATimeLimit() {
        RunResult r = Engine.run("class A:\n    def __del__(self):\n        while True:\n            pass\n"
                + "a = A()\nprint('done')\n", "exit.py", PythonVersion.V3_12, ONLY_TIME);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(r.stdout()).isEqualTo("done\n");
        assertThat(r.lastStderrLine()).isEqualTo("HeapGrader: stopped at the time limit");
        assertThat(r.exitStatus()).isEqualTo(1);
    }
}
