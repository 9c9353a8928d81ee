package dev.heapgrader.grading.check;

import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;

/**
 * Everything a check may look at for one graded run: the run itself (trace, outcome, module; the engine's own
 * measurements of planned calls are trace events too), the CPython version it reproduced and the number of lines
 * of the student's source.
 */
public record Observation(RunResult run, PythonVersion version, int studentLines) {

    /** The trace events, in order. */
    public List<TraceEvent> events() {
        return run.trace().events();
    }

    /** The syntax index of the parsed module; empty when the program did not parse. */
    public SourceIndex source() {
        return SourceIndex.of(run.module());
    }

    /** "CPython 3.12", for feedback that quotes a value. */
    String cpython() {
        return "CPython " + version.label();
    }

    /** Whether a trace line belongs to the student's code (line 0 marks the engine's own planned calls). */
    boolean inStudentCode(int line) {
        return line > 0 && line <= studentLines;
    }
}
