package dev.heapgrader.course;

/** Which of a student's submissions to an exercise counts in the gradebook. */
public enum ScorePolicy {
    /** The highest final score (after late penalties) counts. */
    BEST,
    /** The most recently received submission counts, even if an earlier one scored higher. */
    LATEST
}
