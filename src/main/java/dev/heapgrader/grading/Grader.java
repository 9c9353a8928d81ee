package dev.heapgrader.grading;

import dev.heapgrader.engine.version.PythonVersion;

/** TEMPORARY stub of the grading contract (to be replaced by the grading branch): grades nothing. */
public final class Grader {

    public Grader(ExerciseCatalog catalog) {
    }

    public GradeReport grade(String exerciseId, String source, PythonVersion version, boolean hiddenRevealed) {
        throw new UnsupportedOperationException("grading stub: the grading branch is not merged yet");
    }

    public String rubricVersion() {
        return "stub";
    }

    public static String engineVersion() {
        return "stub";
    }
}
