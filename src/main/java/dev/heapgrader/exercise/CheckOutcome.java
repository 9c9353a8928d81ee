package dev.heapgrader.exercise;

/**
 * One check of a graded answer: whether it passed, the points it earned of its maximum, and the feedback. A hidden
 * check's feedback does not say what it tests.
 */
public record CheckOutcome(String id, String title, boolean passed, double points, double maxPoints,
                           String feedback, boolean hidden) {
}
