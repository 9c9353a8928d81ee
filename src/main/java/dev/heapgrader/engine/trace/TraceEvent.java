package dev.heapgrader.engine.trace;

/** One thing that happened during a run, stamped with the source line executing at the time. */
public sealed interface TraceEvent {
    int line();

    /** A line of the program started executing. */
    record LineExecuted(int line) implements TraceEvent { }
}
