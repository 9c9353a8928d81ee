package dev.heapgrader.api;

import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.CheckOutcome;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import dev.heapgrader.exercise.GradedAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deterministic stand-in for the real grader in service tests, so they test the service (storage, policies,
 * authorization) and not the exercises: five exercises worth 10 points, each with a check {@code output} (6 points)
 * that passes when the source contains {@code # pass output}, a check {@code explain} (4 points) for
 * {@code # pass explain}, and a hidden check {@code deep} (0 points, so scores stay simple) that passes with
 * {@code output}: students must not see its title or feedback.
 */
public final class ScriptedGrading implements ExerciseGrading {

    public static final List<String> EXERCISES = List.of("cycles", "leaks", "refcount", "sizes", "slots");
    public static final String RIGHT = "# pass output\n# pass explain\nprint('right')\n";
    public static final String HALF = "# pass output\nprint('half')\n";
    public static final String WRONG = "print('wrong')\n";

    @Override
    public List<ExerciseInfo> exercises() {
        return EXERCISES.stream().map(ScriptedGrading::info).toList();
    }

    @Override
    public Optional<ExerciseInfo> find(String exerciseId) {
        return EXERCISES.contains(exerciseId) ? Optional.of(info(exerciseId)) : Optional.empty();
    }

    @Override
    public GradedAnswer grade(String exerciseId, String source, PythonVersion version) {
        List<CheckOutcome> checks = new ArrayList<>();
        checks.add(check("output", "prints the expected reference counts", 6, source));
        checks.add(check("explain", "explains why", 4, source));
        CheckOutcome deep = check("output", "the hidden deep check", 0, source);
        checks.add(new CheckOutcome("deep", deep.title(), deep.passed(), 0, 0, "deep feedback", true));
        double score = checks.stream().mapToDouble(CheckOutcome::points).sum();
        return new GradedAnswer(score, 10, checks, null);
    }

    @Override
    public String engineVersion() {
        return "scripted-engine";
    }

    @Override
    public String rubricVersion() {
        return "scripted-rubric-1";
    }

    private static CheckOutcome check(String id, String title, double points, String source) {
        boolean passed = source.contains("# pass " + id);
        return new CheckOutcome(id, title, passed, passed ? points : 0, points,
                passed ? "ok" : "expected " + id + " to pass", false);
    }

    private static ExerciseInfo info(String id) {
        return new ExerciseInfo(id, "Exercise " + id, "Show how " + id + " works.", 10);
    }
}
