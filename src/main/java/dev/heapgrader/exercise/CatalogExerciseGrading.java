package dev.heapgrader.exercise;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.Exercise;
import dev.heapgrader.grading.ExerciseCatalog;
import dev.heapgrader.grading.GradeReport;
import dev.heapgrader.grading.Grader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

import java.util.List;
import java.util.Optional;

/**
 * The only class of the service that calls {@code dev.heapgrader.grading}: it grades with the same {@link Grader}
 * and the built-in {@link ExerciseCatalog} the CLI's {@code grade} command uses, and maps the grading records to
 * the service's own. The catalog is the built-in one, or the folder named by {@code heapgrader.exercises-dir}
 * ({@code HEAPGRADER_EXERCISES_DIR}). An unknown exercise is checked with {@link #find} before grading, so no
 * grading exception type is needed here.
 */
@Component
class CatalogExerciseGrading implements ExerciseGrading, ProgramRunning {

    private final ExerciseCatalog catalog;
    private final Grader grader;
    private final GradingSlots slots;
    /** Read once: {@link Grader#engineVersion()} reads the jar's build-info resource, and every stored grade asks. */
    private final String engineVersion = Grader.engineVersion();

    CatalogExerciseGrading(@Value("${heapgrader.exercises-dir:}") String exercisesDir, GradingSlots slots) {
        this.slots = slots;
        this.catalog = exercisesDir.isBlank() ? ExerciseCatalog.fromClasspath()
                : ExerciseCatalog.load(Path.of(exercisesDir));
        this.grader = new Grader(catalog);
    }

    @Override
    public List<ExerciseInfo> exercises() {
        return catalog.exercises().stream().map(CatalogExerciseGrading::info).toList();
    }

    @Override
    public Optional<ExerciseInfo> find(String exerciseId) {
        return catalog.find(exerciseId).map(CatalogExerciseGrading::info);
    }

    @Override
    public GradedAnswer grade(String exerciseId, String source, PythonVersion version) {
        // Hidden checks are evaluated: the stored grade is the full one; views for students withhold their details.
        GradeReport report = slots.run(pacer -> grader.grade(exerciseId, source, "answer.py", version, true, pacer));
        List<CheckOutcome> checks = report.checks().stream().map(CatalogExerciseGrading::outcome).toList();
        return new GradedAnswer(report.score(), report.maxScore(), checks, report.error(),
                report.internalErrorReference());
    }

    @Override
    public ProgramRun run(String source, PythonVersion version) {
        RunResult result = slots.run(pacer -> Engine.run(source, "main.py", version, Grader.LIMITS, "",
                CallPlan.NONE, pacer));
        return new ProgramRun(version.label(), result.stdout(), result.stderr(), result.exitStatus(),
                result.outcome().name());
    }

    @Override
    public String engineVersion() {
        return engineVersion;
    }

    @Override
    public String rubricVersion() {
        return grader.rubricVersion();
    }

    @Override
    public CallPlan plan(String exerciseId) {
        return catalog.find(exerciseId).map(Exercise::plan).orElse(CallPlan.NONE);
    }

    @Override
    public Limits limits() {
        return Grader.LIMITS;
    }

    private static ExerciseInfo info(Exercise exercise) {
        return new ExerciseInfo(exercise.id(), exercise.title(), exercise.promptMarkdown(), exercise.maxPoints());
    }

    private static CheckOutcome outcome(CheckResult check) {
        return new CheckOutcome(check.id(), check.title(), check.passed(), check.points(), check.maxPoints(),
                check.feedback(), check.hidden(), check.line());
    }
}
