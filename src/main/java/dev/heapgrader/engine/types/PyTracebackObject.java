package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A traceback entry ({@code PyTracebackObject}, Python/traceback.c): added in front of an exception's traceback
 * each time the exception passes through a frame ({@code PyTraceBack_Here}); it holds the next entry and the
 * frame object, so a kept exception keeps every frame it passed through alive.
 */
public final class PyTracebackObject extends PyObject {
    public PyObject next;
    public PyFrameObject frame;
    public final int lineno;

    public PyTracebackObject(PyType type, PyObject ownedNext, PyFrameObject ownedFrame, int lineno) {
        super(type);
        this.next = ownedNext;
        this.frame = ownedFrame;
        this.lineno = lineno;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (next != null) {
            visitor.visit(next);
        }
        if (frame != null) {
            visitor.visit(frame);
        }
    }

    /** {@code tb_dealloc} and {@code tb_clear}: the next entry, then the frame. */
    @Override
    public void clearReferences(Releaser release) {
        PyObject n = next;
        PyObject f = frame;
        next = null;
        frame = null;
        if (n != null) {
            release.release(n);
        }
        if (f != null) {
            release.release(f);
        }
    }
}
