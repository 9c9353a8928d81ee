package dev.heapgrader.engine;

import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.trace.Trace;

/**
 * What one run produced: the program's stdout and stderr text, its exit status (0, 1 for an uncaught exception or
 * syntax error, or the value given to {@code sys.exit}), why it stopped, the parsed module (null when the program
 * did not parse), the event trace that grading reads and, for {@link Outcome#INTERNAL_ERROR} only, the reference
 * under which the engine logged its fault (null otherwise).
 */
public record RunResult(String stdout, String stderr, int exitStatus, Outcome outcome, Module module, Trace trace,
                        String internalErrorReference) {

    /** A run that did not fail inside the engine. */
    public RunResult(String stdout, String stderr, int exitStatus, Outcome outcome, Module module, Trace trace) {
        this(stdout, stderr, exitStatus, outcome, module, trace, null);
    }

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
        /** The program printed more than the output cap allows, and was stopped there. */
        OUTPUT_LIMIT,
        /** The engine itself failed: a bug to report under {@code internalErrorReference}, never the program's fault. */
        INTERNAL_ERROR
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
