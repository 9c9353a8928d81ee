package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the grader does with programs that fail: feedback and a score, never an exception. */
class GraderTest {
    private static final Grader GRADER = new Grader(ExerciseCatalog.load(Path.of("exercises")));

    @Test
    void aSyntaxErrorScoresZeroWithTheLineAndCaret() {
        GradeReport r = GRADER.grade("slots", "class Pixel:\n    __slots__ = (\"x\",\nprint(1)\n",
                PythonVersion.V3_12, true);

        assertThat(r.score()).isZero();
        assertThat(r.error()).contains("line ").contains("^").contains("SyntaxError");
        assertThat(r.checks().get(0).line()).isNotNull();
    }

    @Test
    void aSyntaxErrorInAnAnswerWithAHarnessPointsAtTheAnswer() {
        GradeReport r = GRADER.grade("leak-fix", "def leaky(item)\n    pass\n", "answer.py", PythonVersion.V3_12,
                true);

        assertThat(r.score()).isZero();
        assertThat(r.error()).contains("answer.py\", line 1").contains("SyntaxError");
    }

    @Test
    void anUncaughtExceptionKeepsThePointsEarnedBeforeIt() {
        GradeReport r = GRADER.grade("tuple-vs-list", "import sys\nt = (1, 2)\nl = [1, 2]\n"
                + "print(sys.getsizeof(t) < sys.getsizeof(l))\nprint(sys.getsizeof(t), sys.getsizeof(l))\n1 / 0\n",
                PythonVersion.V3_11, true);

        assertThat(r.score()).isEqualTo(9.0);
        assertThat(r.error()).startsWith("Traceback (most recent call last)")
                .endsWith("ZeroDivisionError: division by zero");
        assertThat(r.checks().get(0).feedback()).contains("line 6").contains("ZeroDivisionError");
    }

    @Test
    void anEndlessLoopIsStoppedWithTheStepCount() {
        GradeReport r = GRADER.grade("slots", "while True:\n    pass\n", PythonVersion.V3_13, true);

        assertThat(r.score()).isZero();
        assertThat(r.error()).matches("stopped after \\d+ steps.*");
    }

    @Test
    void hiddenChecksAreWithheldButAnnouncedUntilRevealed() {
        Exercise gc = GRADER_CATALOG.find("gc-cycles").orElseThrow();
        GradeReport hidden = GRADER.grade("gc-cycles", gc.solution(), PythonVersion.V3_12, false);
        GradeReport revealed = GRADER.grade("gc-cycles", gc.solution(), PythonVersion.V3_12, true);

        assertThat(hidden.hiddenChecksPresent()).isTrue();
        assertThat(hidden.fullMarks()).isFalse();
        assertThat(hidden.score()).isEqualTo(7.0);
        assertThat(hidden.maxScore()).isEqualTo(10.0);
        CheckResult withheld = hidden.checks().stream().filter(CheckResult::withheld).findFirst().orElseThrow();
        assertThat(withheld.id()).isEqualTo("hidden-1");
        assertThat(withheld.title() + withheld.feedback()).doesNotContainIgnoringCase("collect")
                .doesNotContainIgnoringCase("cycle");
        assertThat(revealed.hiddenChecksPresent()).isFalse();
        assertThat(revealed.fullMarks()).isTrue();
    }

    @Test
    void theStudentsOutputIsExactlyWhatTheAnswerPrinted() {
        Exercise leak = GRADER_CATALOG.find("leak-fix").orElseThrow();
        GradeReport r = GRADER.grade("leak-fix", leak.solution() + "print('done')\n", PythonVersion.V3_12, true);

        assertThat(r.stdout()).isEqualTo("done\n");
        assertThat(r.score()).isEqualTo(10.0);
    }

    @Test
    void fakeMeasurementLinesStayTheStudentsOutputAndEarnNothing() {
        String forged = "kept = []\ndef leaky(item):\n    kept.append(item)\ndef fixed(item):\n    kept.append(item)\n"
                + "print('HEAPGRADER-BEGIN')\nprint('HEAPGRADER-MEASURE fixed 1000 0 0')\n"
                + "print('HEAPGRADER-MEASURE fixed 2000 0 0')\n";
        GradeReport r = GRADER.grade("leak-fix", forged, PythonVersion.V3_12, true);

        assertThat(r.stdout()).isEqualTo("HEAPGRADER-BEGIN\nHEAPGRADER-MEASURE fixed 1000 0 0\n"
                + "HEAPGRADER-MEASURE fixed 2000 0 0\n");
        assertThat(r.checks()).filteredOn(c -> c.id().equals("fixed-bounded")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void unknownExercisesAreNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> GRADER.grade("refcounts", "", PythonVersion.V3_12, false))
                .isInstanceOf(UnknownExerciseException.class)
                .hasMessageContaining("'refcounts'").hasMessageContaining("refcount-list");
    }

    @Test
    void theRubricVersionFollowsTheDefinitions() {
        assertThat(GRADER.rubricVersion()).hasSize(12)
                .isEqualTo(new Grader(ExerciseCatalog.fromClasspath()).rubricVersion());
        assertThat(Grader.engineVersion()).isNotBlank();
    }

    private static final ExerciseCatalog GRADER_CATALOG = ExerciseCatalog.load(Path.of("exercises"));
}
