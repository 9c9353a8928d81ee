package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * What {@code e.__traceback__} returns: a handle on the exception's traceback. The frames themselves are kept
 * alive by the exception ({@code PyBaseException.holdFrame}), as CPython's traceback objects keep theirs.
 */
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
