package dev.heapgrader.engine.trace.timeline;

/**
 * A value as a variable or container slot holds it, encoded as Python Tutor encodes values: an interpreter-owned
 * shared object (None, a bool, a small int, an interned string) inline as a primitive, a reference to a heap
 * object drawn in the step, or a label for another shared object (a module, a builtin function or type).
 */
public sealed interface TimelineValue {

    /** {@code null} (None), a Boolean, a Long or a String, shown inline. */
    record Inline(Object value) implements TimelineValue { }

    /** {@code ["REF", id]}: a heap object of the step, named by its {@code id()}. */
    record Ref(long id) implements TimelineValue { }

    /** {@code ["IMPORTED_FAUX_PRIMITIVE", label]}: a shared interpreter object not drawn on the heap. */
    record Shared(String label) implements TimelineValue { }
}
