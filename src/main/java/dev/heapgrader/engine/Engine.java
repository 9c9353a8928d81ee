package dev.heapgrader.engine;

import dev.heapgrader.engine.interp.ProgramRunner;
import dev.heapgrader.engine.syntax.ParseResult;
import dev.heapgrader.engine.syntax.Parser;
import dev.heapgrader.engine.syntax.PythonSyntaxError;
import dev.heapgrader.engine.trace.Trace;
import dev.heapgrader.engine.trace.timeline.Timeline;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
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

    public static RunResult run(String source, String filename, PythonVersion version, Limits limits) {
        return run(source, filename, version, limits, "");
    }

    /** Runs with {@code stdin} as the program's standard input. */
    public static RunResult run(String source, String filename, PythonVersion version, Limits limits, String stdin) {
        return run(source, filename, version, limits, stdin, null).result();
    }

    /**
     * Runs recording the heap timeline ({@link Timeline}); the timeline is null when the program did not parse or
     * the engine failed.
     */
    public static TimelineRun runWithTimeline(String source, String filename, PythonVersion version, Limits limits,
                                              String stdin, TimelineOptions options) {
        return run(source, filename, version, limits, stdin, java.util.Objects.requireNonNull(options));
    }

    private static TimelineRun run(String source, String filename, PythonVersion version, Limits limits,
                                   String stdin, TimelineOptions options) {
        ParseResult parsed;
        try {
            parsed = Parser.parseWithWarnings(source, filename, version);
        } catch (PythonSyntaxError e) {
            String stderr = String.join("\n", e.stderrLines(version)) + "\n";
            return new TimelineRun(new RunResult("", stderr, 1, RunResult.Outcome.SYNTAX_ERROR, null, Trace.EMPTY),
                    null);
        } catch (RuntimeException | StackOverflowError e) {
            return new TimelineRun(engineError(e, null), null);
        }
        AtomicReference<Object> result = new AtomicReference<>();
        long deadline = System.nanoTime() + limits.maxWallTime().toNanos();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(ProgramRunner.run(parsed.module(), filename, version, limits.maxSteps(),
                        limits.maxHeapBytes(), deadline, stdin, options));
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
            return new TimelineRun(new RunResult(stdout, stderr, pr.exitStatus(), pr.outcome(), parsed.module(),
                    pr.trace()), pr.timeline());
        }
        if (r == null) {
            return new TimelineRun(new RunResult("", "HeapGrader: stopped at the time limit\n", 1,
                    RunResult.Outcome.TIME_LIMIT, parsed.module(), Trace.EMPTY), null);
        }
        return new TimelineRun(engineError((Throwable) r, parsed), null);
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
