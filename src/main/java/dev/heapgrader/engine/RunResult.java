package dev.heapgrader.engine;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.trace.Trace;

/**
 * What one run produced: the program's stdout and stderr text, its exit status (0, 1 for an uncaught exception or
 * syntax error, or the value given to {@code sys.exit}), why it stopped, the parsed module (null when the program
 * did not parse) and the event trace that grading reads.
 */
public record RunResult(String stdout, String stderr, int exitStatus, Outcome outcome, Module module, Trace trace) {

    /** Why the run ended. */
    public enum Outcome {
        /** The program ran to its end or called {@code sys.exit}. */
        COMPLETED,
        /** The program did not parse. */
        SYNTAX_ERROR,
        /** An exception was not caught. */
        UNCAUGHT_EXCEPTION,
        /** The step limit was reached. */
        STEP_LIMIT,
        /** The wall-time limit was reached. */
        TIME_LIMIT,
        /** The engine itself failed; a bug to report, never the program's fault. */
        ENGINE_ERROR
    }

    /** The last non-empty line of stderr, as the conformance corpus records it; empty when there is none. */
    public String lastStderrLine() {
        String[] lines = stderr.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isEmpty()) {
                return lines[i];
            }
        }
        return "";
    }
}
