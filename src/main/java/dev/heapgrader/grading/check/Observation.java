package dev.heapgrader.grading.check;

import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;

/**
 * Everything a check may look at for one graded run: the run itself (trace, outcome, module), the CPython version
 * it reproduced, the number of lines that are the student's (a harness follows them), and the measurement lines
 * the harness printed ({@code HEAPGRADER-...}), already separated from the student's output.
 */
public record Observation(RunResult run, PythonVersion version, int studentLines, List<String> harnessLines) {

    public Observation {
        harnessLines = List.copyOf(harnessLines);
    }

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

    /** Whether a trace line belongs to the student's code rather than the harness. */
    boolean inStudentCode(int line) {
        return line > 0 && line <= studentLines;
    }
}
