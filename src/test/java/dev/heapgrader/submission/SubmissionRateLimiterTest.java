package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-student sliding minute: the next submission over the limit is 429 with the wait until a slot frees. */
class SubmissionRateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void theFourthSubmissionInAMinuteIsRefusedWithRetryAfter() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(3, clock);
        limiter.acquire(7);
        now.set(now.get().plusSeconds(20));
        limiter.acquire(7);
        limiter.acquire(7);
        limiter.acquire(8);

        assertThatThrownBy(() -> limiter.acquire(7))
                .isInstanceOfSatisfying(ApiException.class, error -> {
                    assertThat(error.status().value()).isEqualTo(429);
                    assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(40));
                });

        now.set(now.get().plusSeconds(40));
        limiter.acquire(7);
    }
}
