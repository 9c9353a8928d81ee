package dev.heapgrader.submission;

/** One answer: the exercise, the Python source, and (for a CI token only) the student it is submitted for. */
public record SubmitRequest(String exercise, String source, String student) {
}
