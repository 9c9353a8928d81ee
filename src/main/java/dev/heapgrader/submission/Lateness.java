package dev.heapgrader.submission;

import dev.heapgrader.course.LatePolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How late a submission was and what that costs: {@code lateDays} counts started days after the deadline (one
 * second late is one day), and the penalty comes from the course's {@link LatePolicy}.
 */
public record Lateness(int lateDays, int penaltyPercent) {

    public static final Lateness ON_TIME = new Lateness(0, 0);

    public static Lateness of(Instant received, Optional<Instant> deadline, LatePolicy policy) {
        if (deadline.isEmpty() || !received.isAfter(deadline.get())) {
            return ON_TIME;
        }
        long seconds = Duration.between(deadline.get(), received).toSeconds();
        long days = Math.max(1, (seconds + 86_399) / 86_400);
        int lateDays = (int) Math.min(days, 10_000);
        return new Lateness(lateDays, policy.penaltyPercent(lateDays));
    }

    /** The final score: the raw score less the penalty, rounded to hundredths. */
    public double apply(double score) {
        return Math.round(score * (100 - penaltyPercent)) / 100.0;
    }
}
