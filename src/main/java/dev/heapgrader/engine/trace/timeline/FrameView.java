package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/** A function's frame at a step: its name, an id unique within the run, and its variables in slot order. */
public record FrameView(String funcName, int frameId, List<Variable> locals) {

    public FrameView {
        locals = List.copyOf(locals);
    }

    /** A bound name and what it refers to. */
    public record Variable(String name, TimelineValue value) { }
}
