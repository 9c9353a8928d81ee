package dev.heapgrader.engine.trace;

import java.util.List;

/** The ordered events of one run. */
public record Trace(List<TraceEvent> events) {
    public static final Trace EMPTY = new Trace(List.of());

    public Trace {
        events = List.copyOf(events);
    }
}
