package dev.heapgrader.submission;

import java.time.Instant;
import java.util.List;

/**
 * A submission as the API returns it: {@code grade} is the current grade; {@code history} lists every grade,
 * oldest first, and is only filled when one submission is read.
 */
public record SubmissionView(long id, String course, String student, String exercise, String pythonVersion,
                             Origin origin, Instant receivedAt, String idempotencyKey, GradeView grade,
                             String source, List<GradeView> history) {
}
