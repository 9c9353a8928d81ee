package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/**
 * The recorded steps of one run, with the program's source and output. {@code totalSteps} counts every step the
 * run made; when it exceeds what was kept, {@code lineStride} says that only every n-th line, call or return
 * step was kept (probes, collections and exceptions always are) and {@code capped} that even those hit the cap.
 */
public record Timeline(String code, String pythonVersion, List<TimelineStep> steps, String stdout,
                       long totalSteps, int lineStride, boolean capped) {

    public Timeline {
        steps = List.copyOf(steps);
    }

    /** Whether some steps of the run were left out. */
    public boolean sampled() {
        return capped || totalSteps > steps.size();
    }
}
