package dev.heapgrader.grading;

/** TEMPORARY stub of the grading contract (to be replaced by the grading branch). */
public record Exercise(String id, String title, String promptMarkdown, double maxPoints) {
}
