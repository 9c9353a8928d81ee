package dev.heapgrader.exercise;

import dev.heapgrader.engine.version.PythonVersion;

/**
 * Runs a program that is not graded (the playground's "try it and see") in the same engine and under the same
 * limits as grading, so what a student tries there behaves as it would in an answer.
 */
public interface ProgramRunning {

    ProgramRun run(String source, PythonVersion version);
}
