package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that imports a module the engine does not provide fails as in CPython, and its feedback adds one
 * sentence naming the modules HeapGrader provides; an answer using a provided module gets no such sentence.
 */
class MissingModuleFeedbackTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.fromClasspath();
    private static final Grader GRADER = new Grader(CATALOG);

    private static String anyExercise() {
        return CATALOG.exercises().get(0).id();
    }

    @Test
    void aMissingModuleNamesWhatTheEngineProvides() {
        GradeReport r = GRADER.grade(anyExercise(), "import numpy\n", PythonVersion.V3_12, true);
        assertThat(r.error()).contains("ModuleNotFoundError: No module named 'numpy'")
                .contains("which provides these modules: sys, gc, weakref, dataclasses, math, time, random, "
                        + "collections");
    }

    @Test
    void otherErrorsGetNoModuleSentence() {
        GradeReport r = GRADER.grade(anyExercise(), "import math\nmath.sqrt(-1)\n", PythonVersion.V3_12, true);
        assertThat(r.error()).contains("ValueError: math domain error").doesNotContain("provides these modules");
    }
}
