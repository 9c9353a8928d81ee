package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;

/**
 * The Java body of a builtin function or method. Arguments are borrowed: positional ones first, then the values
 * of {@code kwnames} in order; {@code self} is the bound object or null. Returns a new reference.
 */
@FunctionalInterface
public interface Native {
    PyObject call(Interpreter ip, PyObject self, PyObject[] args, String[] kwnames);
}
