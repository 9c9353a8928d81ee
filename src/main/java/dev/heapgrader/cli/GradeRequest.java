package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;

/**
 * One {@code heapgrader grade} invocation, parsed and validated: which exercise the file answers, the CPython
 * version to grade under, how to report, and whether anything short of full marks fails the command.
 */
record GradeRequest(String exercise, PythonVersion version, ReportFormat format, boolean failUnderFull,
                    SourceFile source) {
}
