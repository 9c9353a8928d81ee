package dev.heapgrader.engine.object;

/** A {@code float}: a Java double, with CPython's repr produced by the formatting code. */
public final class PyFloat extends PyObject {
    private final double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public double value() {
        return value;
    }
}
