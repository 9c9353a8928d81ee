package dev.heapgrader.grading;

/**
 * A stored wrong answer of an exercise: its file name under {@code wrong/}, the source, the score it must get on
 * every supported CPython version, and what mistake it shows (for people reading the definition).
 */
public record WrongAnswer(String file, String source, double expectedScore, String mistake) {
}
