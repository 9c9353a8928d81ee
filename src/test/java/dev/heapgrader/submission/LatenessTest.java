package dev.heapgrader.submission;

import dev.heapgrader.course.LatePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Started days late, the penalty with its floor, and the final score. */
class LatenessTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-01T23:59:00Z");

    @ParameterizedTest(name = "{0} s late, {1} %/day, floor {2} % -> {3} days, {4} % off, 10 -> {5}")
    @CsvSource({
            "-60, 10, 50, 0, 0, 10.0",
            "0, 10, 50, 0, 0, 10.0",
            "1, 10, 50, 1, 10, 9.0",
            "86400, 10, 50, 1, 10, 9.0",
            "86401, 10, 50, 2, 20, 8.0",
            "864000, 10, 50, 10, 50, 5.0",
            "864000, 10, 0, 10, 100, 0.0",
            "172800, 0, 0, 2, 0, 10.0",
            "3600, 33, 0, 1, 33, 6.7"
    })
    void penaltyPerStartedDayWithAFloor(long secondsLate, int perDay, int floor, int days, int penalty,
                                        double finalScore) {
        Lateness lateness = Lateness.of(DEADLINE.plus(Duration.ofSeconds(secondsLate)), Optional.of(DEADLINE),
                new LatePolicy(perDay, floor));

        assertThat(lateness.lateDays()).isEqualTo(days);
        assertThat(lateness.penaltyPercent()).isEqualTo(penalty);
        assertThat(lateness.apply(10)).isEqualTo(finalScore);
    }

    @ParameterizedTest(name = "no deadline: never late ({0})")
    @CsvSource({"0", "1000000"})
    void noDeadlineIsNeverLate(long secondsAfter) {
        Lateness lateness = Lateness.of(DEADLINE.plusSeconds(secondsAfter), Optional.empty(), new LatePolicy(50, 0));

        assertThat(lateness).isEqualTo(Lateness.ON_TIME);
    }
}
