package dev.heapgrader.submission;

import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.GradedAnswer;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * Turns a grader's answer into a stored {@link Grade} row (checks as JSON, the engine and rubric versions, the late
 * penalty) and reads the checks back. Callers run it inside their transaction.
 */
@Component
class GradeRecorder {

    private static final TypeReference<List<CheckOutcome>> CHECKS = new TypeReference<>() {
    };

    private final GradeRepository grades;
    private final ExerciseGrading grading;
    private final JsonMapper json;
    private final Clock clock;

    GradeRecorder(GradeRepository grades, ExerciseGrading grading, JsonMapper json, Clock clock) {
        this.grades = grades;
        this.grading = grading;
        this.json = json;
        this.clock = clock;
    }

    Grade record(Submission submission, GradedAnswer answer, Lateness lateness) {
        return grades.save(new Grade(submission.getId(), clock.instant(), grading.engineVersion(),
                grading.rubricVersion(), answer.score(), answer.maxScore(), json.writeValueAsString(answer.checks()),
                answer.error(), lateness));
    }

    List<CheckOutcome> checks(Grade grade) {
        return json.readValue(grade.getChecksJson(), CHECKS);
    }
}
