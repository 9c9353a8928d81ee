package dev.heapgrader.engine;

import java.util.List;

/**
 * Calls the engine makes itself once a program's module body has finished (normally or through
 * {@code sys.exit}) and before the interpreter shuts down, so that what they measure reaches the caller as trace
 * events ({@link dev.heapgrader.engine.trace.TraceEvent.HarnessMeasurement},
 * {@link dev.heapgrader.engine.trace.TraceEvent.HarnessCallFailed}) and never through the program's output or
 * through names the program could rebind. Nothing a planned call prints is kept: the program's stdout and stderr
 * are what the program alone printed.
 */
public record CallPlan(List<MeasuredCalls> measurements) {
    /** No calls: the program runs as {@code python3 file.py} would. */
    public static final CallPlan NONE = new CallPlan(List.of());

    public CallPlan {
        measurements = List.copyOf(measurements);
    }

    /**
     * Look up {@code function} in the module's globals and call it {@code calls} times, each time with a fresh
     * one-item list {@code [i]}, then report how many more gc-tracked objects exist and how many more items the
     * module-level lists hold, each counted after a full collection.
     */
    public record MeasuredCalls(String function, int calls) {
        public MeasuredCalls {
            if (function == null || function.isEmpty()) {
                throw new IllegalArgumentException("a measured function needs a name");
            }
            if (calls < 1) {
                throw new IllegalArgumentException("a measurement makes at least one call, not " + calls);
            }
        }
    }
}
