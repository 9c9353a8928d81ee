package dev.heapgrader.grading;

/** TEMPORARY stub of the grading contract (to be replaced by the grading branch). */
public record CheckResult(String id, String title, boolean passed, double points, double maxPoints, String feedback,
                          boolean hidden, Integer line) {
}
