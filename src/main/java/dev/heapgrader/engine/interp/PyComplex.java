package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A {@code complex} number; the engine supports creating, printing and sizing it. */
final class PyComplex extends PyObject {
    final double real;
    final double imag;

    PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }
}
