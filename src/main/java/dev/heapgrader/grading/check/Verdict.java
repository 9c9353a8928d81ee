package dev.heapgrader.grading.check;

/** What a check concluded: passed or not, the feedback in plain words, and the source line it points at. */
public record Verdict(boolean passed, String feedback, Integer line) {

    static Verdict pass(String feedback, Integer line) {
        return new Verdict(true, feedback, line);
    }

    static Verdict fail(String feedback, Integer line) {
        return new Verdict(false, feedback, line);
    }
}
