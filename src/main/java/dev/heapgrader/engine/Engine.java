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
        return run(source, filename, version, limits, stdin, plan, RunPacer.NONE);
    }

    /** Runs as {@link #run(String, String, PythonVersion, Limits, String, CallPlan)} does, pausing when {@code pacer} asks. */
    public static RunResult run(String source, String filename, PythonVersion version, Limits limits, String stdin,
                                CallPlan plan, RunPacer pacer) {
        return execute(source, filename, version, limits, stdin, plan, null, pacer).result();
    }

    /**
     * Runs as {@link #run(String, String, PythonVersion, Limits, String, CallPlan)} does, recording the heap
     * timeline ({@link Timeline}); the timeline is null when the program did not parse or the engine failed.
     */
    public static TimelineRun runWithTimeline(String source, String filename, PythonVersion version, Limits limits,
                                              String stdin, CallPlan plan, TimelineOptions options) {
        return runWithTimeline(source, filename, version, limits, stdin, plan, options, RunPacer.NONE);
    }

    /** A timeline run pausing when {@code pacer} asks. */
    public static TimelineRun runWithTimeline(String source, String filename, PythonVersion version, Limits limits,
                                              String stdin, CallPlan plan, TimelineOptions options, RunPacer pacer) {
        return execute(source, filename, version, limits, stdin, plan, java.util.Objects.requireNonNull(options),
                pacer);
    }

    /** A run recording its heap timeline, without planned calls. */
    public static TimelineRun runWithTimeline(String source, String filename, PythonVersion version, Limits limits,
                                              String stdin, TimelineOptions options) {
        return runWithTimeline(source, filename, version, limits, stdin, CallPlan.NONE, options);
    }

    private static TimelineRun execute(String source, String filename, PythonVersion version, Limits limits,
                                       String stdin, CallPlan plan, TimelineOptions options, RunPacer pacer) {
        ParseResult parsed;
        try {
            parsed = Parser.parseWithWarnings(source, filename, version);
        } catch (PythonSyntaxError e) {
            String stderr = String.join("\n", e.stderrLines(version)) + "\n";
            return new TimelineRun(new RunResult("", stderr, 1, RunResult.Outcome.SYNTAX_ERROR, null, Trace.EMPTY),
                    null);
        } catch (RuntimeException | StackOverflowError e) {
            return new TimelineRun(internalError(e, null, filename, version), null);
        }
        AtomicReference<Object> result = new AtomicReference<>();
        long deadline = System.nanoTime() + limits.maxWallTime().toNanos();
        ClockSignal clock = new ClockSignal();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(ProgramRunner.run(parsed.module(), filename, version, limits.maxSteps(),
                        limits.maxHeapBytes(), deadline, stdin, plan, limits.maxOutputChars(), options, pacer, clock));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                result.set(e);
            }
        }, "heapgrader-program", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            // the waiting thread is the run's timer: it rings the clock signal until the run ends
            long giveUp = deadline + 5_000_000_000L;
            while (worker.isAlive() && System.nanoTime() - giveUp < 0) {
                worker.join(ClockSignal.PERIOD_MILLIS);
                clock.ring();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Object r = result.get();
        if (r instanceof ProgramRunner.Result pr) {
            // the interpreter already kept stdout and stderr within limits.maxOutputChars() together
            String stderr = warnings(parsed, filename) + pr.stderr();
            return new TimelineRun(new RunResult(pr.stdout(), stderr, pr.exitStatus(), pr.outcome(), parsed.module(),
                    pr.trace()), pr.timeline());
        }
        if (r == null) {
            return new TimelineRun(new RunResult("", "HeapGrader: stopped at the time limit\n", 1,
                    RunResult.Outcome.TIME_LIMIT, parsed.module(), Trace.EMPTY), null);
        }
        return new TimelineRun(internalError((Throwable) r, parsed, filename, version), null);
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
