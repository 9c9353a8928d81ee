package dev.heapgrader.engine;

import dev.heapgrader.engine.interp.ProgramRunner;
import dev.heapgrader.engine.syntax.ParseResult;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.syntax.PythonSyntaxError;
import dev.heapgrader.engine.trace.Trace;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's one entry point: parse a program, run it as the chosen CPython version would, and report what it
 * printed and did. {@code run} never throws; an engine fault becomes {@link RunResult.Outcome#INTERNAL_ERROR}, whose
 * message carries a reference id and no Java detail (the stack trace is logged under that reference).
 * Programs run on a thread of their own with a large stack, so deep Python recursion ends in
 * {@code RecursionError} as in CPython and never in a Java stack overflow.
 */
public final class Engine {
    private static final long STACK_BYTES = 1L << 30;

    private Engine() {
    }

    /** The modules a program may import; importing any other fails as a missing module does in CPython. */
    public static java.util.List<String> providedModules() {
        return ProgramRunner.providedModules();
    }

    public static RunResult run(String source, String filename, PythonVersion version, Limits limits) {
        return run(source, filename, version, limits, "");
    }

    /** Runs with {@code stdin} as the program's standard input. */
    public static RunResult run(String source, String filename, PythonVersion version, Limits limits, String stdin) {
        return run(source, filename, version, limits, stdin, CallPlan.NONE);
    }

    /** Runs with {@code stdin} as standard input, then makes {@code plan}'s calls before the interpreter shuts down. */
    public static RunResult run(String source, String filename, PythonVersion version, Limits limits, String stdin,
                                CallPlan plan) {
        ParseResult parsed;
        try {
            parsed = Parser.parseWithWarnings(source, filename, version);
        } catch (PythonSyntaxError e) {
            String stderr = String.join("\n", e.stderrLines(version)) + "\n";
            return new RunResult("", stderr, 1, RunResult.Outcome.SYNTAX_ERROR, null, Trace.EMPTY);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, null, filename, version);
        }
        AtomicReference<Object> result = new AtomicReference<>();
        long deadline = System.nanoTime() + limits.maxWallTime().toNanos();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(ProgramRunner.run(parsed.module(), filename, version, limits.maxSteps(),
                        limits.maxHeapBytes(), deadline, stdin, plan, limits.maxOutputChars()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                result.set(e);
            }
        }, "heapgrader-program", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(limits.maxWallTime().toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Object r = result.get();
        if (r instanceof ProgramRunner.Result pr) {
            // the interpreter already kept stdout and stderr within limits.maxOutputChars() together
            String stdout = pr.stdout();
            String stderr = warnings(parsed, filename) + pr.stderr();
            return new RunResult(stdout, stderr, pr.exitStatus(), pr.outcome(), parsed.module(), pr.trace());
        }
        if (r == null) {
            return new RunResult("", "HeapGrader: stopped at the time limit\n", 1, RunResult.Outcome.TIME_LIMIT,
                    parsed.module(), Trace.EMPTY);
        }
        return internalError((Throwable) r, parsed, filename, version);
    }

    private static String warnings(ParseResult parsed, String filename) {
        StringBuilder sb = new StringBuilder();
        parsed.warnings().forEach(w -> sb.append(w.stderrText(filename)));
        return sb.toString();
    }

    private static RunResult internalError(Throwable e, ParseResult parsed, String filename, PythonVersion version) {
        EngineFault error = EngineFault.record(e, filename, version.label());
        return new RunResult("", error.message(), 1, RunResult.Outcome.INTERNAL_ERROR,
                parsed == null ? null : parsed.module(), Trace.EMPTY, error.reference());
    }
}
