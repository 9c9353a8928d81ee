package dev.heapgrader.exercise;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;
import java.util.Optional;

/**
 * The service's view of grading: which exercises exist and what an answer scores. Deterministic: the same
 * exercise, source and version always give the same answer, which is what lets a regrade report "no change".
 */
public interface ExerciseGrading {

    /** Every exercise the grader knows, sorted by id. */
    List<ExerciseInfo> exercises();

    Optional<ExerciseInfo> find(String exerciseId);

    /**
     * Grades one answer with every check, hidden ones included; the exercise must exist ({@link #find}). What a
     * student may see of hidden checks is decided when the grade is shown.
     */
    GradedAnswer grade(String exerciseId, String source, PythonVersion version);

    /** The engine's version, stored with every grade. */
    String engineVersion();

    /** The rubric's version, stored with every grade; it changes whenever an exercise definition changes. */
    String rubricVersion();

    /**
     * The calls grading makes after an answer's module body (leak-fix's measurements), none for other exercises.
     * A heap timeline of a submission makes them too, so it shows what grading saw.
     */
    default CallPlan plan(String exerciseId) {
        return CallPlan.NONE;
    }

    /** The limits an answer runs under when graded; a timeline run gets the same. */
    default Limits limits() {
        return Limits.defaults();
    }
}
