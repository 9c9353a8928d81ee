package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer that leaves {@code sys.stdout} replaced cannot hide the harness's measurements from the grader. */
class HarnessOutputTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.fromClasspath();
    private static final Grader GRADER = new Grader(CATALOG);

    @Test
    void aReplacedStdoutStillLetsTheHarnessReport() {
        Exercise leakFix = CATALOG.find("leak-fix").orElseThrow();
        String answer = leakFix.solution() + "\nimport io\nimport sys\nsys.stdout = io.StringIO()\n";
        GradeReport plain = GRADER.grade("leak-fix", leakFix.solution(), PythonVersion.V3_12, true);
        GradeReport swapped = GRADER.grade("leak-fix", answer, PythonVersion.V3_12, true);
        assertThat(swapped.score()).isEqualTo(plain.score()).isEqualTo(leakFix.maxPoints());
    }
}
