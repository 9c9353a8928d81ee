package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** What {@code gen.gi_frame} returns: a handle on the suspended generator, which keeps its frame alive. */
final class PyTracebackView extends PyObject {
    final PyObject exception;

    PyTracebackView(PyType type, PyObject ownedException) {
        super(type);
        this.exception = ownedException;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(exception);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(exception);
    }
}
