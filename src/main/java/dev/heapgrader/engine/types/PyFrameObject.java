package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A frame object ({@code PyFrameObject}), made the first time something needs one: a traceback passing through
 * the frame. While the frame runs, its locals belong to the frame; when it ends while the object is still
 * referenced (by a traceback kept in an exception), the object takes the locals over ({@code take_ownership} in
 * Python/frame.c), which is how {@code except ... as e: saved = e} keeps a function's locals alive in a cycle.
 */
public final class PyFrameObject extends PyObject {
    /** The running frame; null once it has ended. */
    public Frame frame;
    final String codeName;
    public final String[] varnames;
    /** The line the frame was at when it ended. */
    int lastLine;
    /** The locals taken over when the frame ended (owned, nulls allowed); null while it runs. */
    public PyObject[] ownedLocals;

    public PyFrameObject(PyType type, Frame frame) {
        super(type);
        this.frame = frame;
        this.codeName = frame.code.name;
        this.varnames = frame.code.varnames;
        this.lastLine = frame.line();
    }

    public int line() {
        return frame != null ? frame.line() : lastLine;
    }

    /** {@code take_ownership}: the ended frame's locals (moved, not copied) now belong to this object. */
    public void takeLocals(Frame f) {
        lastLine = f.line();
        ownedLocals = f.fast.clone();
        java.util.Arrays.fill(f.fast, null);
        frame = null;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (ownedLocals != null) {
            for (PyObject o : ownedLocals) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }
    }

    /** {@code frame_tp_clear} / {@code frame_dealloc}: the locals it owns, in slot order. */
    @Override
    public void clearReferences(Releaser release) {
        PyObject[] held = ownedLocals;
        ownedLocals = null;
        if (held != null) {
            for (PyObject o : held) {
                if (o != null) {
                    release.release(o);
                }
            }
        }
    }
}
