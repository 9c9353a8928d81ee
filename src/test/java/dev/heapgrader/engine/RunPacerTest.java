package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RunPacerTest {
    private static final String BUSY = """
            total = 0
            for i in range(300000):
                total += i % 7
            print(total)
            """;

    @Test
    void aLongRunOffersToPauseAndPrintsWhatItPrintsWithoutPausing() {
        AtomicInteger offers = new AtomicInteger();
        RunPacer pacer = new RunPacer() {
            @Override
            public long intervalNanos() {
                return 0;
            }

            @Override
            public void pause(long deadlineNanos) {
                offers.incrementAndGet();
            }
        };
        RunResult paced = Engine.run(BUSY, "main.py", PythonVersion.V3_12, Limits.defaults(), "", CallPlan.NONE,
                pacer);
        RunResult plain = Engine.run(BUSY, "main.py", PythonVersion.V3_12, Limits.defaults());

        assertThat(offers.get()).isPositive();
        assertThat(paced.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(paced.stdout()).isEqualTo(plain.stdout());
    }

    @Test
    void timeSpentPausedCountsAgainstTheWallTimeLimit() {
        RunPacer sleepy = new RunPacer() {
            @Override
            public long intervalNanos() {
                return 0;
            }

            @Override
            public void pause(long deadlineNanos) {
                try {
                    Thread.sleep(Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000 + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Limits limits = new Limits(50_000_000L, 64L << 20, 10_000, Duration.ofMillis(300));
        RunResult run = Engine.run(BUSY, "main.py", PythonVersion.V3_12, limits, "", CallPlan.NONE, sleepy);

        assertThat(run.outcome()).isEqualTo(RunResult.Outcome.TIME_LIMIT);
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void slowStatementsStillEndAtTheWallTimeLimit() {
        Limits oneSecond = new Limits(50_000_000L, 256L << 20, 10_000, Duration.ofSeconds(1));
        for (String slow : java.util.List.of("x = 7 ** 300000\nwhile True:\n    y = x * x\n",
                "s = 'ab' * 200000\nwhile True:\n    s.count('ba')\n")) {
            long start = System.nanoTime();
            RunResult run = Engine.run(slow, "main.py", PythonVersion.V3_12, oneSecond);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(run.outcome()).as(slow).isEqualTo(RunResult.Outcome.TIME_LIMIT);
            // the contract is the limit plus a small margin, whatever one statement costs
            assertThat(millis).as(slow).isLessThan(2_000);
        }
    }

    @Test
    void aRunAskedToPauseEarlyPausesAtOnceInsteadOfAtTheEndOfItsInterval() {
        AtomicInteger offers = new AtomicInteger();
        AtomicReference<ClockSignal> watched = new AtomicReference<>();
        AtomicBoolean wanted = new AtomicBoolean(true);
        RunPacer eager = new RunPacer() {
            @Override
            public long intervalNanos() {
                return Long.MAX_VALUE / 4;
            }

            @Override
            public void watching(ClockSignal clock) {
                watched.set(clock);
            }

            @Override
            public boolean pauseWanted() {
                return wanted.get();
            }

            @Override
            public void pause(long deadlineNanos) {
                offers.incrementAndGet();
                wanted.set(false);
            }
        };
        RunResult run = Engine.run(BUSY, "main.py", PythonVersion.V3_12, Limits.defaults(), "", CallPlan.NONE,
                eager);

        assertThat(watched.get()).as("the run hands its clock signal to the pacer").isNotNull();
        // the interval never ends; only the wish to pause made the run offer
        assertThat(offers.get()).isEqualTo(1);
        assertThat(run.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
    }
}
