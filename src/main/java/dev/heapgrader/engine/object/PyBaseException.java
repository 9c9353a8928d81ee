package dev.heapgrader.engine.object;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance of {@code BaseException} or a subclass: its {@code args} tuple, the traceback lines it collected
 * while propagating, and the {@code __cause__}/{@code __context__} chain, plus an optional attribute dict.
 */
public final class PyBaseException extends PyInstance {
    private PyTuple args;
    private PyObject cause;
    private PyObject context;
    private boolean suppressContext;
    private final List<String[]> traceback = new ArrayList<>();

    public PyBaseException(PyType type, PyDict attrs, PyTuple ownedArgs) {
        super(type, attrs, 0);
        this.args = ownedArgs;
    }

    public PyTuple args() {
        return args;
    }

    /** Replaces args; returns the old tuple (owned) for the caller to release. */
    public PyTuple setArgs(PyTuple ownedArgs) {
        PyTuple old = args;
        args = ownedArgs;
        return old;
    }

    public PyObject cause() {
        return cause;
    }

    /** Sets the cause (owned), returning the previous one (owned) or null. */
    public PyObject setCause(PyObject owned) {
        PyObject old = cause;
        cause = owned;
        suppressContext = true;
        return old;
    }

    public PyObject context() {
        return context;
    }

    public PyObject setContext(PyObject owned) {
        PyObject old = context;
        context = owned;
        return old;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    /** Traceback lines as {filename, line, function name}, outermost first. */
    public List<String[]> traceback() {
        return traceback;
    }

    @Override
    public void traverse(Visitor visitor) {
        super.traverse(visitor);
        if (args != null) {
            visitor.visit(args);
        }
        if (cause != null) {
            visitor.visit(cause);
        }
        if (context != null) {
            visitor.visit(context);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        PyObject[] held = {args, cause, context};
        args = null;
        cause = null;
        context = null;
        for (PyObject o : held) {
            if (o != null) {
                release.release(o);
            }
        }
    }
}
