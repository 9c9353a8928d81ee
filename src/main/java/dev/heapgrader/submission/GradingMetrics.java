package dev.heapgrader.submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's own Prometheus metrics: {@code heapgrader_grading_seconds}, a histogram of how long grading one
 * answer takes, and {@code heapgrader_submissions_total} by exercise and outcome (full, partial or zero score,
 * {@code internal_error} when the engine itself failed on the answer, or why it was rejected).
 */
@Component
class GradingMetrics {

    private final MeterRegistry registry;
    private final Timer gradingLatency;
    /** The counters already registered, by exercise and outcome: registering builds tags and looks them up. */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    GradingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.gradingLatency = Timer.builder("heapgrader.grading")
                .description("Time to grade one answer in the engine")
                .publishPercentileHistogram()
                .register(registry);
    }

    <T> T timeGrading(Supplier<T> grading) {
        return gradingLatency.record(grading);
    }

    void stored(String exercise, double finalScore, double maxScore, boolean internalError) {
        String outcome = internalError ? "internal_error"
                : finalScore >= maxScore && maxScore > 0 ? "full" : finalScore > 0 ? "partial" : "zero";
        count(exercise, outcome);
    }

    void rejected(String exercise, String reason) {
        count(exercise, reason);
    }

    private void count(String exercise, String outcome) {
        counters.computeIfAbsent(List.of(exercise, outcome), key -> Counter.builder("heapgrader.submissions")
                .description("Submissions received, by exercise and outcome")
                .tag("exercise", exercise)
                .tag("outcome", outcome)
                .register(registry)).increment();
    }
}
