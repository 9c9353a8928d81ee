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

    /** This view as the caller may see it: everything for instructors, hidden checks withheld for others. */
    public SubmissionView forCaller(boolean revealHidden) {
        if (revealHidden) {
            return this;
        }
        return new SubmissionView(id, course, student, exercise, pythonVersion, origin, receivedAt, idempotencyKey,
                grade.withHiddenChecksWithheld(), source,
                history == null ? null : history.stream().map(GradeView::withHiddenChecksWithheld).toList());
    }
}
