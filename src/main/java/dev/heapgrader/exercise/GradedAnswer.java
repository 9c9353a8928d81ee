package dev.heapgrader.exercise;

import java.util.List;

/**
 * The grader's verdict on one answer, before any late penalty: the raw score of the maximum, each check, and the
 * error the program raised (null when it ran to the end).
 */
public record GradedAnswer(double score, double maxScore, List<CheckOutcome> checks, String error) {

    public GradedAnswer {
        checks = List.copyOf(checks);
    }
}
