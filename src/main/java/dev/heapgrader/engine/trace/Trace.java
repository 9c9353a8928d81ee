package dev.heapgrader.engine.trace;

import java.util.List;

/** The ordered events of one run; {@code truncated} says the recorder stopped at its cap. */
public record Trace(List<TraceEvent> events, boolean truncated) {
    public static final Trace EMPTY = new Trace(List.of(), false);

    public Trace {
        events = List.copyOf(events);
    }

    /** The events of one kind, in order. */
    public <T extends TraceEvent> List<T> of(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
