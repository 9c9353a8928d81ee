package dev.heapgrader.exercise;

import java.util.List;

/**
 * The grader's verdict on one answer, before any late penalty: the raw score of the maximum, each check, and the
 * error the program raised (null when it ran to the end), and the reference of the engine's internal error when
 * the engine itself failed on the answer (null otherwise).
 */
public record GradedAnswer(double score, double maxScore, List<CheckOutcome> checks, String error,
                           String internalErrorReference) {

    public GradedAnswer {
        checks = List.copyOf(checks);
    }

    /** A verdict from a run without an internal error. */
    public GradedAnswer(double score, double maxScore, List<CheckOutcome> checks, String error) {
        this(score, maxScore, checks, error, null);
    }

    /** Whether the engine failed on the answer rather than the answer on its checks. */
    public boolean internalError() {
        return internalErrorReference != null;
    }
}
