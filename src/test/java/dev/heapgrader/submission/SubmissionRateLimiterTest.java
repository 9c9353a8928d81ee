package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-student sliding minute, kept in the database: the next submission over the limit is 429 with the wait
 * until a slot frees, and two limiters over one database (two instances) together admit no more than the limit.
 * Runs on a migrated in-memory H2; the cross-instance test on PostgreSQL is
 * {@code dev.heapgrader.ScaleOutPostgresTest}.
 */
class SubmissionRateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private HikariDataSource database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void migratedDatabase() {
        database = MigratedH2.open("rate");
        jdbc = new JdbcTemplate(database);
        jdbc.update("INSERT INTO course (id, slug, title, created_at) VALUES (1, 'c', 'C', CURRENT_TIMESTAMP)");
        for (long id : new long[] {7, 8}) {
            jdbc.update("INSERT INTO member (id, course_id, name, display_name, role, created_at)"
                    + " VALUES (?, 1, ?, 'S', 'STUDENT', CURRENT_TIMESTAMP)", id, "s" + id);
        }
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private SubmissionRateLimiter limiter(int perMinute) {
        return new SubmissionRateLimiter(perMinute, clock, jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(database)));
    }

    @Test
    void theFourthSubmissionInAMinuteIsRefusedWithRetryAfter() {
        SubmissionRateLimiter limiter = limiter(3);
        limiter.acquire(7);
        now.set(now.get().plusSeconds(20));
        limiter.acquire(7);
        limiter.acquire(7);
        limiter.acquire(8);

        assertTooManyWithRetryAfter(() -> limiter.acquire(7), Duration.ofSeconds(40));

        now.set(now.get().plusSeconds(40));
        limiter.acquire(7);
    }

    @Test
    void anotherInstanceSeesTheSameWindow() {
        limiter(2).acquire(7);
        limiter(2).acquire(7);

        assertThatThrownBy(() -> limiter(2).acquire(7)).isInstanceOf(ApiException.class);
    }

    @Test
    void countedSlotsOlderThanTheWindowAreDeleted() {
        SubmissionRateLimiter limiter = limiter(5);
        limiter.acquire(7);
        limiter.acquire(7);
        now.set(now.get().plusSeconds(61));
        limiter.acquire(7);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_rate_slot WHERE member_id = 7",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void twoInstancesRacingAdmitExactlyTheLimit() throws Exception {
        List<SubmissionRateLimiter> instances = List.of(limiter(20), limiter(20));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> admitted = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                SubmissionRateLimiter instance = instances.get(i % 2);
                admitted.add(threads.submit(() -> {
                    try {
                        instance.acquire(7);
                        return true;
                    } catch (ApiException limited) {
                        return false;
                    }
                }));
            }
            int count = 0;
            for (Future<Boolean> each : admitted) {
                count += each.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(count).isEqualTo(20);
        } finally {
            threads.shutdownNow();
        }
    }

    private void storedSubmission(long member, String origin, Instant received) {
        jdbc.update("INSERT INTO submission (course_id, member_id, exercise_id, python_version, source, received_at,"
                + " origin, token_id) VALUES (1, ?, 'slots', '3.12', 'pass', ?, ?, 1)", member,
                java.sql.Timestamp.from(received), origin);
    }

    @Test
    void storedSubmissionsFillTheWindowAndCiOnesDoNot() {
        jdbc.update("INSERT INTO api_token (id, kind, label, secret_hash, prefix, created_at)"
                + " VALUES (1, 'ADMIN', 'a', 'h', 'p', CURRENT_TIMESTAMP)");
        SubmissionRateLimiter limiter = limiter(3);
        storedSubmission(7, "API", now.get().minusSeconds(50));
        storedSubmission(7, "WEB", now.get().minusSeconds(10));
        storedSubmission(7, "CI", now.get().minusSeconds(5));
        storedSubmission(7, "API", now.get().minusSeconds(70));

        limiter.acquire(7);

        // the API submission of 50 s ago leaves the window first
        assertTooManyWithRetryAfter(() -> limiter.acquire(7), Duration.ofSeconds(10));
    }

    @Test
    void aStudentFoundOverTheLimitIsRefusedWithoutTheDatabaseUntilTheWindowFrees() {
        SubmissionRateLimiter limiter = limiter(2);
        Instant start = now.get();
        for (int second : new int[] {0, 15, 15}) {
            now.set(start.plusSeconds(second));
            try {
                limiter.acquire(7);
            } catch (ApiException refused) {
                assertThat(second).as("only the third request is refused").isEqualTo(15);
            }
        }

        database.close();
        now.set(now.get().plusSeconds(44));
        assertTooManyWithRetryAfter(() -> limiter.refuseIfKnownFull(7, now.get()), Duration.ofSeconds(1));
        limiter.refuseIfKnownFull(8, now.get());
        now.set(now.get().plusSeconds(1));
        limiter.refuseIfKnownFull(7, now.get());
    }

    @Test
    void admittingCountsWhatTheStoringTransactionRead() {
        SubmissionRateLimiter limiter = limiter(2);

        limiter.admit(7, now.get(), 1);
        assertThatThrownBy(() -> limiter.admit(7, now.get(), 2))
                .isInstanceOfSatisfying(ApiException.class, error ->
                        assertThat(error.status().value()).isEqualTo(429));
        assertThat(limiter.windowStart(now.get())).isEqualTo(now.get().minusSeconds(60));
    }

    private static void assertTooManyWithRetryAfter(Runnable request, Duration retryAfter) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(ApiException.class, error -> {
            assertThat(error.status().value()).isEqualTo(429);
            assertThat(error.retryAfter()).isEqualTo(retryAfter);
        });
    }
}
