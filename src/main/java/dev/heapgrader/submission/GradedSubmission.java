package dev.heapgrader.submission;

/** A submission with its current grade (the newest grade row), as gradebooks and analytics read them. */
public record GradedSubmission(Submission submission, Grade grade) {
}
