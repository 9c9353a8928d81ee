package dev.heapgrader.submission;

import java.util.List;

/** Several answers of one student in one request, as a course repository's CI sends them. */
public record BatchRequest(String student, List<Answer> submissions) {

    /** One exercise's answer. */
    public record Answer(String exercise, String source) {
    }
}
