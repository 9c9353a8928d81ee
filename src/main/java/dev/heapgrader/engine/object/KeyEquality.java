package dev.heapgrader.engine.object;

/**
 * How a dict or set compares keys: Python's {@code hash()} and {@code ==}, which may run user code, so the runtime
 * supplies them. Implementations throw the runtime's Python exception on failure.
 */
public interface KeyEquality {
    long hash(PyObject key);

    boolean equal(PyObject stored, PyObject probe);
}
