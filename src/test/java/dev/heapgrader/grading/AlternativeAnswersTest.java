package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correct answers written differently from the reference solutions still get full marks: the checks read what
 * the run did, even when the work happens inside library code the engine provides (a dataclass's generated
 * __init__ sets the slots; the events are attributed to the student's line that called it).
 */
class AlternativeAnswersTest {
    private static final Grader GRADER = new Grader(ExerciseCatalog.fromClasspath());

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void aSlottedDataclassIsAFullMarksSlotsAnswer(PythonVersion version) {
        String source = """
                from dataclasses import dataclass

                @dataclass(slots=True)
                class Reading:
                    sensor: str
                    value: float
                    unit: str
                    time: int
                    ok: bool

                r = Reading("t1", 20.5, "C", 10, True)
                print(r)
                """;

        GradeReport report = GRADER.grade("slots", source, version, true);

        assertThat(report.score()).as(report.toString()).isEqualTo(report.maxScore());
    }
}
