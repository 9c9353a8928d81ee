package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The output cap stops a program that prints without end, on stdout or stderr, and never breaks a traceback. */
class OutputLimitTest {
    private static final Limits LIMITS = new Limits(50_000_000, 64L << 20, 10_000, Duration.ofSeconds(30));

    private static RunResult run(String source) {
        return Engine.run(source, "flood.py", PythonVersion.V3_12, LIMITS);
    }

    @Test
    void aStdoutFloodStopsAtTheCapWithAClearMessage() {
        RunResult r = run("while True:\n    print('x' * 100)\n");

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.OUTPUT_LIMIT);
        assertThat(r.stdout()).hasSize(10_000);
        assertThat(r.stderr()).isEqualTo("HeapGrader: stopped after printing 10000 characters (the output limit)\n");
    }

    @Test
    void aStderrFloodStopsAtTheCapToo() {
        RunResult r = run("import sys\nprint('start')\nwhile True:\n    print('y' * 50, file=sys.stderr)\n");

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.OUTPUT_LIMIT);
        assertThat(r.stdout()).isEqualTo("start\n");
        assertThat(r.stderr()).endsWith("(the output limit)\n");
    }

    @Test
    void aTracebackPastTheCapIsCutAndTheRunStillEndsAsAnException() {
        RunResult r = run("print('z' * 9990)\nraise ValueError('too late to show')\n");

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.UNCAUGHT_EXCEPTION);
        assertThat(r.stdout().length() + r.stderr().length()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void outputUnderTheCapIsUntouched() {
        RunResult r = run("for i in range(3):\n    print(i)\n");

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.stdout()).isEqualTo("0\n1\n2\n");
    }
}
