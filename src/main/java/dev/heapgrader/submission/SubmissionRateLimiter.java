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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one student submits: at most {@code heapgrader.submissions.per-minute} (default 20) in any
 * sliding minute, across every instance that serves the database; the next one gets 429 with {@code Retry-After}
 * saying when a slot frees. CI tokens and instructors are not limited here. A heap timeline run counts as a
 * submission: it costs as much.
 *
 * <p>The window is the database's: the student's own submissions received in the last minute (their rows, origin
 * API or WEB) plus the timeline runs, which leave a row in {@code submission_rate_slot}. It is counted under the
 * student's member row lock ({@code SELECT ... FOR UPDATE}), so two instances (or two threads) count one student's
 * requests one after the other and cannot both admit the one over the limit. A submission is counted in the
 * transaction that stores it ({@link #admit}, one statement of that transaction reads the count), so storing one
 * takes no statement of its own here; a timeline run takes its slot in a short transaction ({@link #acquire}).
 *
 * <p>Because a submission is counted when it is stored, after grading, a student over the limit would be graded
 * before being refused. So the limiter remembers, per instance, until when a student's window was last found full
 * ({@link #refuseIfKnownFull}): before grading, such a student is refused at once, with no SQL and no grading.
 * That memory can only refuse early what the database would refuse anyway (a window stays full until its oldest
 * entry leaves it), so it never refuses wrongly; it is bounded ({@link #MAX_REMEMBERED} students).
 *
 * <p>The instances' clocks decide the window, so they must agree to within a second or so (NTP), as they must for
 * deadlines anyway.
 */
@Component
public class SubmissionRateLimiter {

    static final int MAX_REMEMBERED = 10_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** How many entries the student's window holds: parameters member id, window start, member id, window start. */
    static final String USED_IN_WINDOW = "(SELECT COUNT(*) FROM submission WHERE member_id = ? AND origin <> 'CI'"
            + " AND received_at > ?) + (SELECT COUNT(*) FROM submission_rate_slot WHERE member_id = ? AND used_at > ?)";

    private final int perMinute;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<Long, Instant> fullUntil = new ConcurrentHashMap<>();

    SubmissionRateLimiter(@Value("${heapgrader.submissions.per-minute:20}") int perMinute, Clock clock,
                          JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Counts one timeline run of the student in its own transaction, or throws 429 if they are over the limit. */
    public void acquire(long memberId) {
        Instant now = clock.instant();
        refuseIfKnownFull(memberId, now);
        transaction.executeWithoutResult(status -> {
            List<Long> locked = jdbc.queryForList("SELECT id FROM member WHERE id = ? FOR UPDATE", Long.class,
                    memberId);
            if (locked.isEmpty()) {
                throw ApiException.notFound("member", Long.toString(memberId));
            }
            Timestamp start = Timestamp.from(windowStart(now));
            jdbc.update("DELETE FROM submission_rate_slot WHERE member_id = ? AND used_at <= ?", memberId, start);
            Integer used = jdbc.queryForObject("SELECT " + USED_IN_WINDOW, Integer.class, memberId, start, memberId,
                    start);
            admit(memberId, now, used == null ? 0 : used);
            jdbc.update("INSERT INTO submission_rate_slot (member_id, used_at) VALUES (?, ?)", memberId,
                    Timestamp.from(now));
        });
    }

    /** The start (exclusive) of the sliding minute that counts a request made at {@code now}. */
    Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * Admits one more request of the student made at {@code now}, whose window already holds {@code used} entries
     * ({@link #USED_IN_WINDOW}, read under the student's row lock), or throws 429 with the wait until an entry leaves
     * the window, and remembers until when the window is full.
     */
    void admit(long memberId, Instant now, int used) {
        if (used < perMinute) {
            return;
        }
        Timestamp start = Timestamp.from(windowStart(now));
        List<Timestamp> window = jdbc.queryForList("SELECT received_at FROM submission WHERE member_id = ?"
                + " AND origin <> 'CI' AND received_at > ? UNION ALL SELECT used_at FROM submission_rate_slot"
                + " WHERE member_id = ? AND used_at > ? ORDER BY 1", Timestamp.class, memberId, start, memberId, start);
        // the entry that frees first while still keeping the student at the limit
        Instant frees = window.size() >= perMinute ? window.get(window.size() - perMinute).toInstant().plus(WINDOW)
                : now.plusSeconds(1);
        remember(memberId, frees, now);
        throw tooMany(Duration.between(now, frees));
    }

    /** Refuses at once a student whose window this instance last found full, while it still is. */
    void refuseIfKnownFull(long memberId, Instant now) {
        Instant until = fullUntil.get(memberId);
        if (until == null) {
            return;
        }
        if (!now.isBefore(until)) {
            fullUntil.remove(memberId, until);
            return;
        }
        throw tooMany(Duration.between(now, until));
    }

    private void remember(long memberId, Instant until, Instant now) {
        if (fullUntil.size() >= MAX_REMEMBERED) {
            fullUntil.values().removeIf(time -> !now.isBefore(time));
            if (fullUntil.size() >= MAX_REMEMBERED) {
                // only an optimisation: forgetting sends those students' next request to the database again
                fullUntil.clear();
            }
        }
        fullUntil.put(memberId, until);
    }

    private ApiException tooMany(Duration wait) {
        return ApiException.tooManyRequests("at most " + perMinute + " submissions per minute; retry in "
                + Math.max(1, wait.toSeconds()) + " s", wait);
    }
}
