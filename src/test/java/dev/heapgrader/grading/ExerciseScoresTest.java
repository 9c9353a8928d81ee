package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored exercise, on every supported CPython version: the reference solution earns full marks and each
 * wrong answer earns exactly the score its definition records. The exercises are read from the repository's
 * {@code exercises/} folder, the same data the jar carries on its classpath.
 */
class ExerciseScoresTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"));
    private static final Grader GRADER = new Grader(CATALOG);

    @Test
    void theFiveExercisesAreLoadedFromTheFolderAndTheClasspathAlike() {
        assertThat(CATALOG.ids()).containsExactly("gc-cycles", "leak-fix", "refcount-list", "slots",
                "tuple-vs-list");
        assertThat(ExerciseCatalog.fromClasspath().exercises()).isEqualTo(CATALOG.exercises());
        assertThat(CATALOG.exercises()).allSatisfy(e -> {
            assertThat(e.maxPoints()).isEqualTo(10.0);
            assertThat(e.wrongAnswers()).hasSizeGreaterThanOrEqualTo(6);
        });
    }

    @TestFactory
    List<DynamicTest> solutionsEarnFullMarksOnEveryVersion() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise e : CATALOG.exercises()) {
            for (PythonVersion v : PythonVersion.values()) {
                tests.add(DynamicTest.dynamicTest(e.id() + " solution on " + v.label(), () -> {
                    GradeReport r = GRADER.grade(e.id(), e.solution(), "solution.py", v, true);
                    assertThat(r.checks()).allSatisfy(c -> assertThat(c.passed())
                            .as(c.id() + ": " + c.feedback()).isTrue());
                    assertThat(r.score()).isEqualTo(r.maxScore()).isEqualTo(10.0);
                    assertThat(r.error()).isEmpty();
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> wrongAnswersEarnExactlyTheirRecordedScore() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise e : CATALOG.exercises()) {
            for (WrongAnswer w : e.wrongAnswers()) {
                for (PythonVersion v : PythonVersion.values()) {
                    tests.add(DynamicTest.dynamicTest(e.id() + "/" + w.file() + " on " + v.label(), () -> {
                        GradeReport r = GRADER.grade(e.id(), w.source(), w.file(), v, true);
                        assertThat(r.score()).as(failures(r)).isEqualTo(w.expectedScore());
                        assertThat(r.checks()).filteredOn(c -> !c.passed())
                                .allSatisfy(c -> assertThat(c.feedback()).isNotBlank());
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void gradingIsDeterministic() {
        Exercise e = CATALOG.find("leak-fix").orElseThrow();
        GradeReport first = GRADER.grade(e.id(), e.wrongAnswers().get(0).source(), PythonVersion.V3_12, false);
        GradeReport second = GRADER.grade(e.id(), e.wrongAnswers().get(0).source(), PythonVersion.V3_12, false);
        assertThat(second).isEqualTo(first);
    }

    private static String failures(GradeReport r) {
        StringBuilder sb = new StringBuilder("failed checks:");
        r.checks().stream().filter(c -> !c.passed()).forEach(c -> sb.append("\n  ").append(c.id()).append(": ")
                .append(c.feedback()));
        return sb.append("\nerror: ").append(r.error()).toString();
    }
}
