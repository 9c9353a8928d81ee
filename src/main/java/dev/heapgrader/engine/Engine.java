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
 * printed and did. {@code run} never throws; an engine fault becomes {@link RunResult.Outcome#ENGINE_ERROR}.
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
        ParseResult parsed;
        try {
            parsed = Parser.parseWithWarnings(source, filename, version);
        } catch (PythonSyntaxError e) {
            String stderr = String.join("\n", e.stderrLines(version)) + "\n";
            return new RunResult("", stderr, 1, RunResult.Outcome.SYNTAX_ERROR, null, Trace.EMPTY);
        } catch (RuntimeException | StackOverflowError e) {
            return engineError(e, null);
        }
        AtomicReference<Object> result = new AtomicReference<>();
        long deadline = System.nanoTime() + limits.maxWallTime().toNanos();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(ProgramRunner.run(parsed.module(), filename, version, limits.maxSteps(),
                        limits.maxHeapBytes(), deadline, stdin));
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
            String stdout = cap(pr.stdout(), limits.maxOutputChars());
            String stderr = warnings(parsed, filename) + cap(pr.stderr(), limits.maxOutputChars());
            return new RunResult(stdout, stderr, pr.exitStatus(), pr.outcome(), parsed.module(), pr.trace());
        }
        if (r == null) {
            return new RunResult("", "HeapGrader: stopped at the time limit\n", 1, RunResult.Outcome.TIME_LIMIT,
                    parsed.module(), Trace.EMPTY);
        }
        return engineError((Throwable) r, parsed);
    }

    private static String warnings(ParseResult parsed, String filename) {
        StringBuilder sb = new StringBuilder();
        parsed.warnings().forEach(w -> sb.append(w.stderrText(filename)));
        return sb.toString();
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n[output truncated]\n";
    }

    private static RunResult engineError(Throwable e, ParseResult parsed) {
        java.io.StringWriter trace = new java.io.StringWriter();
        if (Boolean.getBoolean("heapgrader.debug")) {
            e.printStackTrace(new java.io.PrintWriter(trace));
        }
        String stderr = trace + "HeapGrader engine error (please report): " + e + "\n";
        return new RunResult("", stderr, 1, RunResult.Outcome.ENGINE_ERROR,
                parsed == null ? null : parsed.module(), Trace.EMPTY);
    }
}
