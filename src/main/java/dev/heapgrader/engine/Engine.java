package dev.heapgrader.engine;

import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.syntax.PythonSyntaxError;
import dev.heapgrader.engine.syntax.ast.Module;
import dev.heapgrader.engine.trace.Trace;
import dev.heapgrader.engine.version.PythonVersion;

/**
 * The engine's one entry point: parse a program, run it as the chosen CPython version would, and report what it
 * printed and did. {@code run} never throws; an engine fault becomes {@link RunResult.Outcome#ENGINE_ERROR}.
 */
public final class Engine {

    private Engine() {
    }

    public static RunResult run(String source, String filename, PythonVersion version, Limits limits) {
        Module module;
        try {
            module = Parser.parse(source, filename, version);
        } catch (PythonSyntaxError e) {
            String stderr = String.join("\n", e.stderrLines(version)) + "\n";
            return new RunResult("", stderr, 1, RunResult.Outcome.SYNTAX_ERROR, null, Trace.EMPTY);
        } catch (RuntimeException | StackOverflowError e) {
            return engineError(e);
        }
        return new RunResult("", "engine: the interpreter is not built yet\n", 1, RunResult.Outcome.ENGINE_ERROR,
                module, Trace.EMPTY);
    }

    private static RunResult engineError(Throwable e) {
        String stderr = "HeapGrader engine error (please report): " + e + "\n";
        return new RunResult("", stderr, 1, RunResult.Outcome.ENGINE_ERROR, null, Trace.EMPTY);
    }
}
