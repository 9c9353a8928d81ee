package dev.heapgrader.submission;

import java.util.List;

/**
 * What a regrade did: how many submissions it regraded under which engine and rubric, and every submission whose
 * final score changed, with the old and new score. The old grades stay in each submission's history.
 */
public record RegradeReport(String course, int regraded, int changed, String engineVersion, String rubricVersion,
                            List<Change> changes) {

    /** One submission whose final score changed. */
    public record Change(long submission, String student, String exercise, double oldScore, double newScore) {
    }
}
