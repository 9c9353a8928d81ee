package dev.heapgrader.gradebook;

import java.util.List;

/**
 * Which misconceptions are common: per exercise, how many students submitted, and for each check the share of them
 * whose counted submission fails it, most failed first.
 */
public record Analytics(String course, List<ExerciseStats> exercises) {

    /** One exercise's checks. */
    public record ExerciseStats(String exercise, int students, double averageScore, double maxScore,
                                List<CheckStats> checks) {
    }

    /** One check: how many students fail it, and which share of those who submitted that is (0 to 1). */
    public record CheckStats(String check, String title, int failing, double failingShare) {
    }
}
