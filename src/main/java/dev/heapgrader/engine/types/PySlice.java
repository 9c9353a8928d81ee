package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A {@code slice(start, stop, step)}; each part owned, None when omitted. */
public final class PySlice extends PyObject {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyType type, PyObject start, PyObject stop, PyObject step) {
        super(type);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(start);
        visitor.visit(stop);
        visitor.visit(step);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(start);
        release.release(stop);
        release.release(step);
    }
}
