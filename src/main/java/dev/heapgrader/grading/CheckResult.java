package dev.heapgrader.grading;

/**
 * The outcome of one check: earned {@code points} of {@code maxPoints}, the feedback in plain words, and the source
 * line it points at (null when none). A hidden, unrevealed check has a neutral title and feedback and 0 points.
 */
public record CheckResult(String id, String title, boolean passed, double points, double maxPoints,
                          String feedback, boolean hidden, Integer line) {
}
