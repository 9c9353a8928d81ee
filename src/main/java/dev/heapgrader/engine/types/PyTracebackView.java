package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** What {@code gen.gi_frame} returns: a handle on the suspended generator, which keeps its frame alive. */
public final class PyTracebackView extends PyObject {
    final PyObject exception;

    public PyTracebackView(PyType type, PyObject ownedException) {
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
