package dev.heapgrader.engine;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine fault reaches the caller as an internal-error outcome with a reference and a plain sentence, and the
 * stack trace reaches the engine's logger under the same reference.
 */
class InternalErrorTest {
    private static final Limits LIMITS = new Limits(1_000_000, 64L << 20, 10_000, Duration.ofSeconds(20));

    @Test
    void aJavaFaultBecomesAnInternalErrorWithAReferenceAndNoJavaNames() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.heapgrader.engine");
        logger.addHandler(capture);
        try {
            // a null source is a caller's bug the engine does not guard against: a NullPointerException inside
            RunResult r = Engine.run(null, "answer.py", PythonVersion.V3_12, LIMITS);

            assertThat(r.outcome()).isEqualTo(RunResult.Outcome.INTERNAL_ERROR);
            assertThat(r.internalErrorReference()).matches("[0-9a-f]{12}");
            assertThat(r.stderr()).contains("internal error (reference " + r.internalErrorReference() + ")")
                    .doesNotContain("java.", "Exception", "\tat ");
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getMessage()).contains(r.internalErrorReference(), "answer.py");
                assertThat(record.getThrown()).isInstanceOf(NullPointerException.class);
            });
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void everyOtherOutcomeHasNoReference() {
        RunResult r = Engine.run("print(1)\n", "answer.py", PythonVersion.V3_12, LIMITS);

        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.internalErrorReference()).isNull();
    }
}
