package dev.heapgrader.exercise;

import dev.heapgrader.engine.version.PythonVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's adapter over the real grader (the CLI's code path): the five built-in exercises, each with a
 * prompt and points, and a grade that is deterministic and within the maximum.
 */
class CatalogExerciseGradingTest {

    private final CatalogExerciseGrading grading = new CatalogExerciseGrading("",
            new GradingSlots(1, 4, java.time.Duration.ofSeconds(30), DataSize.ofMegabytes(512), java.time.Duration.ofMillis(50),
                    new SimpleMeterRegistry()));

    @Test
    void offersTheFiveBuiltInExercisesWithPromptsAndPoints() {
        assertThat(grading.exercises()).hasSize(5).allSatisfy(exercise -> {
            assertThat(exercise.promptMarkdown()).isNotBlank();
            assertThat(exercise.maxPoints()).isPositive();
            assertThat(grading.find(exercise.id())).contains(exercise);
        });
        assertThat(grading.find("no-such-exercise")).isEmpty();
        assertThat(grading.engineVersion()).isNotBlank();
        assertThat(grading.rubricVersion()).isNotBlank();
    }

    @Test
    void gradingIsDeterministicAndWithinTheMaximum() {
        String source = "import sys\nx = []\nprint(sys.getrefcount(x))\n";
        for (ExerciseInfo exercise : grading.exercises()) {
            GradedAnswer first = grading.grade(exercise.id(), source, PythonVersion.V3_12);
            GradedAnswer again = grading.grade(exercise.id(), source, PythonVersion.V3_12);

            assertThat(again).isEqualTo(first);
            assertThat(first.maxScore()).isEqualTo(exercise.maxPoints());
            assertThat(first.score()).isBetween(0.0, first.maxScore());
            assertThat(first.checks()).isNotEmpty();
        }
    }
}
