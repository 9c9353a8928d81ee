package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/**
 * One object drawn at a step. {@code kind} is Python Tutor's tag ({@code LIST}, {@code TUPLE}, {@code SET},
 * {@code DICT}, {@code INSTANCE}, {@code CLASS}, {@code FUNCTION}, {@code HEAP_PRIMITIVE}); {@code entries} its
 * items, key/value pairs or attributes; {@code primitive} the value of a {@code HEAP_PRIMITIVE}, or the name of a
 * {@code CLASS} or {@code FUNCTION}.
 * HeapGrader's additions: {@code refcount} is the object's {@code ob_refcnt} at that moment (see
 * {@link TimelineStep}), {@code size} what {@code sys.getsizeof} returns, {@code generation} the collector's list
 * (0, 1, 2, {@link #PERMANENT}, {@link #COLLECTING}, or {@link #UNTRACKED}), {@code reachable} false for an object
 * only garbage reaches (a cycle waiting for the collector), and {@code refs} the drawn objects it references, in
 * the collector's {@code tp_traverse} order.
 */
public record HeapObjectView(long id, String kind, String typeName, List<Entry> entries, Object primitive,
                             long refcount, long size, int generation, boolean reachable, List<Long> refs) {
    public static final int UNTRACKED = -1;
    public static final int PERMANENT = 3;
    public static final int COLLECTING = 4;

    public HeapObjectView {
        entries = List.copyOf(entries);
        refs = List.copyOf(refs);
    }

    /** An item ({@code name} and {@code key} null), a dict entry ({@code key}) or an attribute ({@code name}). */
    public record Entry(String name, TimelineValue key, TimelineValue value) { }
}
