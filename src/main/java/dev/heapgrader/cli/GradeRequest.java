package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;

import java.nio.file.Path;

/**
 * One {@code heapgrader grade} invocation, parsed and validated: which exercise the answers answer ({@code all}
 * for a folder of {@code <id>.py} files), the CPython version to grade under, how to report, whether anything
 * short of full marks fails the command, whether hidden checks are revealed, where the exercises come from (null:
 * the built-in ones) and the answers themselves.
 */
record GradeRequest(String exercise, PythonVersion version, ReportFormat format, boolean failUnderFull,
                    boolean revealHidden, Path exercisesDir, java.util.List<Answer> answers) {

    /** The id {@code --exercise} takes to grade a folder of answers. */
    static final String ALL = "all";

    /** One answer file: the exercise it answers and its source, or null when the file is missing. */
    record Answer(String exercise, SourceFile source) {
    }
}
