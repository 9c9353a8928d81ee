package dev.heapgrader.submission;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission counter tells an engine's internal error apart from a zero score. */
class GradingMetricsTest {

    @Test
    void anInternalErrorIsCountedUnderItsOwnOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        GradingMetrics metrics = new GradingMetrics(registry);

        metrics.stored("leak-fix", 0, 10, true);
        metrics.stored("leak-fix", 0, 10, false);
        metrics.stored("leak-fix", 10, 10, false);

        assertThat(count(registry, "internal_error")).isEqualTo(1.0);
        assertThat(count(registry, "zero")).isEqualTo(1.0);
        assertThat(count(registry, "full")).isEqualTo(1.0);
    }

    private static double count(SimpleMeterRegistry registry, String outcome) {
        return registry.get("heapgrader.submissions").tag("exercise", "leak-fix").tag("outcome", outcome).counter()
                .count();
    }
}
