package dev.heapgrader.course;

import java.util.List;

/**
 * The settings of a course as a client sends them. On create, {@code slug} and {@code title} are required and the
 * rest defaults (Python 3.12, every exercise without deadline, no late penalty, best score counts, no cap); on
 * update every field is optional and only the given ones change ({@code slug} cannot change).
 */
public record CourseRequest(String slug, String title, String pythonVersion, List<ExerciseDeadline> exercises,
                            LatePolicy latePolicy, ScorePolicy scorePolicy, Integer maxAttempts,
                            HiddenCheckVisibility hiddenChecks) {

    /** Settings without a choice about hidden checks (the course keeps its own, AFTER_DEADLINE by default). */
    public CourseRequest(String slug, String title, String pythonVersion, List<ExerciseDeadline> exercises,
                         LatePolicy latePolicy, ScorePolicy scorePolicy, Integer maxAttempts) {
        this(slug, title, pythonVersion, exercises, latePolicy, scorePolicy, maxAttempts, null);
    }
}
