package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code time.sleep} spends the run's wall time: a sleep past the deadline ends the run at the time limit. */
class TimeSleepTest {
    private static Limits wallTime(Duration d) {
        return new Limits(1_000_000, 64L << 20, 10_000, d);
    }

    @Test
    void aSleepPastTheDeadlineEndsTheRunAtTheTimeLimit() {
        long start = System.nanoTime();
        RunResult r = Engine.run("import time\nprint('before')\ntime.sleep(3600)\nprint('after')\n", "sleep.py",
                PythonVersion.V3_12, wallTime(Duration.ofMillis(300)));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(r.stdout()).isEqualTo("before\n");
        assertThat(tookMillis).isLessThan(5_000);
    }

    @Test
    void aSleepWithinTheBudgetWaitsForReal() {
        RunResult r = Engine.run("import time\nt = time.perf_counter()\ntime.sleep(0.05)\n"
                + "print(time.perf_counter() - t >= 0.05)\n", "sleep.py", PythonVersion.V3_12,
                wallTime(Duration.ofSeconds(10)));
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.stdout()).isEqualTo("True\n");
    }
}
