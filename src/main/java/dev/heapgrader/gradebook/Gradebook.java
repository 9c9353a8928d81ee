package dev.heapgrader.gradebook;

import java.util.List;

/**
 * A course's gradebook: the exercises in the course's order with their maxima, and one row per student. A cell is
 * the counted submission (best or latest, per the course's score policy) of that student for that exercise.
 */
public record Gradebook(String course, String scorePolicy, List<Column> exercises, double maxTotal, List<Row> rows) {

    /** An exercise column and the points it is worth. */
    public record Column(String exercise, double maxScore) {
    }

    /** One student: a cell per exercise (in column order) and their total. */
    public record Row(String student, String displayName, List<Cell> cells, double total) {
    }

    /**
     * A student's standing in one exercise: the counted final score (null when never submitted), the number of
     * attempts, and the counted submission's lateness and penalty.
     */
    public record Cell(String exercise, Double score, int attempts, int lateDays, int penaltyPercent,
                       Long submission) {
    }
}
