package dev.heapgrader.submission;

import java.util.List;

/**
 * The answer to a batch: one item per exercise (its stored, graded submission, or why it was refused) and the
 * total of the final scores against the total of the maxima.
 */
public record BatchResult(String student, List<Item> results, double total, double maxTotal) {

    /** One exercise's result: HTTP-like status, the submission when stored, else the problem's detail. */
    public record Item(String exercise, int status, SubmissionView submission, String error, double maxScore) {
    }
}
