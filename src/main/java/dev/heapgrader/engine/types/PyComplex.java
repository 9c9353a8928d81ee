package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A {@code complex} number; the engine supports creating, printing and sizing it. */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }
}
