package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correct answers written the many ways students write them (helper functions, classes, dataclasses, f-string
 * {@code =} specifiers, loops over several objects, tables, asserts, the standard library), kept beside each
 * exercise in {@code exercises/<id>/correct/}: each earns full marks on 3.11, 3.12 and 3.13, hidden checks included.
 * {@link ExerciseScoresTest} covers the reference solutions and the wrong answers.
 */
class ExerciseAnswerStylesTest {
    private static final Path EXERCISES = Path.of("exercises");
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(EXERCISES);
    private static final Grader GRADER = new Grader(CATALOG);

    @TestFactory
    List<DynamicTest> everyCorrectAnswerEarnsFullMarksOnEveryVersion() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise e : CATALOG.exercises()) {
            List<Path> answers = correctAnswers(e.id());
            tests.add(DynamicTest.dynamicTest(e.id() + " has answers in several styles",
                    () -> assertThat(answers).hasSizeGreaterThanOrEqualTo(8)));
            for (Path answer : answers) {
                String source = Files.readString(answer);
                for (PythonVersion v : PythonVersion.values()) {
                    String name = answer.getFileName().toString();
                    tests.add(DynamicTest.dynamicTest(e.id() + "/correct/" + name + " on " + v.label(), () -> {
                        GradeReport r = GRADER.grade(e.id(), source, name, v, true);
                        assertThat(r.checks()).allSatisfy(c -> assertThat(c.passed())
                                .as(c.id() + ": " + c.feedback() + "\nstdout: " + r.stdout() + "\nerror: " + r.error())
                                .isTrue());
                        assertThat(r.score()).isEqualTo(r.maxScore());
                    }));
                }
            }
        }
        return tests;
    }

    private static List<Path> correctAnswers(String exercise) throws IOException {
        try (Stream<Path> files = Files.list(EXERCISES.resolve(exercise).resolve("correct"))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }
}
