package dev.heapgrader.submission;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * What storing one answer must know about its student, read in one statement inside the storing transaction, after
 * the student's row lock (so no other submission of the student is stored in between): how full their rate-limit
 * window is, how many attempts they made at the exercise, their deadline extension for it, and the submission an
 * earlier request with the same {@code Idempotency-Key} stored.
 *
 * <p>The attempts come from the student's {@code gradebook_cell} ({@link CountedSubmissions}), which counts every
 * stored submission in the same transaction that stores it (and is rebuilt from the submissions after a regrade),
 * so it equals counting the submissions, with one primary-key read instead of an index range.
 *
 * @param usedInWindow entries in the student's sliding rate-limit minute ({@link SubmissionRateLimiter})
 * @param attempts the student's stored attempts at the exercise (0 before the first)
 * @param extendedDeadline the student's own deadline for the exercise, if they have an extension
 * @param earlierSubmissionId the submission already stored under the same token and key, if any
 */
record StoreChecks(int usedInWindow, int attempts, Optional<Instant> extendedDeadline,
                   Optional<Long> earlierSubmissionId) {

    private static final String SQL = "SELECT " + SubmissionRateLimiter.USED_IN_WINDOW + " AS used_in_window,"
            + " (SELECT attempts FROM gradebook_cell WHERE member_id = ? AND exercise_id = ?) AS attempts,"
            + " (SELECT deadline FROM extension WHERE member_id = ? AND exercise_id = ?) AS extended_deadline,"
            + " (SELECT id FROM submission WHERE token_id = ? AND idempotency_key = ?) AS earlier_id";

    /** Whether the student's cell exists yet, so that counting this attempt updates it rather than inserting it. */
    boolean hasCell() {
        return attempts > 0;
    }

    static StoreChecks read(JdbcTemplate jdbc, long memberId, String exerciseId, Instant windowStart, long tokenId,
                            String idempotencyKey) {
        Timestamp start = Timestamp.from(windowStart);
        return jdbc.queryForObject(SQL, (row, index) -> {
            Timestamp deadline = row.getTimestamp("extended_deadline");
            long earlier = row.getLong("earlier_id");
            boolean hasEarlier = !row.wasNull();
            return new StoreChecks(row.getInt("used_in_window"), row.getInt("attempts"),
                    Optional.ofNullable(deadline).map(Timestamp::toInstant),
                    hasEarlier ? Optional.of(earlier) : Optional.empty());
        }, memberId, start, memberId, start, memberId, exerciseId, memberId, exerciseId, tokenId,
                // no stored key is empty (keys are 1 to 200 characters), and '' binds on every database where null
                // would need a declared type
                idempotencyKey == null ? "" : idempotencyKey);
    }
}
