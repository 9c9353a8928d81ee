package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Limits how often one student submits: at most {@code heapgrader.submissions.per-minute} (default 20) in any
 * sliding minute, across every instance that serves the database; the next one gets 429 with {@code Retry-After}
 * saying when a slot frees. CI tokens and instructors are not limited here. A heap timeline run counts as a
 * submission: it costs as much.
 *
 * <p>The window is rows of {@code submission_rate_slot}, read and written in one short transaction that first locks
 * the student's member row, so two instances (or two threads) count one student's requests one after the other and
 * cannot both admit the one over the limit. The instances' clocks decide the window, so they must agree to within a
 * second or so (NTP), as they must for deadlines anyway.
 */
@Component
public class SubmissionRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SubmissionRateLimiter(@Value("${heapgrader.submissions.per-minute:20}") int perMinute, Clock clock,
                          JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Counts one submission of the student, or throws 429 if they are over the limit. */
    public void acquire(long memberId) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            List<Long> locked = jdbc.queryForList("SELECT id FROM member WHERE id = ? FOR UPDATE", Long.class,
                    memberId);
            if (locked.isEmpty()) {
                throw ApiException.notFound("member", Long.toString(memberId));
            }
            jdbc.update("DELETE FROM submission_rate_slot WHERE member_id = ? AND used_at <= ?", memberId,
                    Timestamp.from(now.minus(WINDOW)));
            List<Timestamp> window = jdbc.queryForList("SELECT used_at FROM submission_rate_slot WHERE member_id = ?"
                    + " ORDER BY used_at", Timestamp.class, memberId);
            if (window.size() >= perMinute) {
                // the slot that frees first while still keeping the student at the limit
                Instant frees = window.get(window.size() - perMinute).toInstant().plus(WINDOW);
                Duration wait = Duration.between(now, frees);
                throw ApiException.tooManyRequests("at most " + perMinute + " submissions per minute; retry in "
                        + Math.max(1, wait.toSeconds()) + " s", wait);
            }
            jdbc.update("INSERT INTO submission_rate_slot (member_id, used_at) VALUES (?, ?)", memberId,
                    Timestamp.from(now));
        });
    }
}
