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
    /** Text CPython appends to the last traceback line only ("Did you mean..."), never part of str(e). */
    private String displaySuffix = "";
    private final List<String[]> traceback = new ArrayList<>();
    /** The first traceback object ({@code __traceback__}), owned; it keeps the frames it passed through alive. */
    private PyObject tracebackHead;

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

    public String displaySuffix() {
        return displaySuffix;
    }

    public void setDisplaySuffix(String suffix) {
        this.displaySuffix = suffix;
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

    /** {@code e.__traceback__ = None}: forget the traceback and release the frames it kept alive. */
    public void dropTraceback(Releaser release) {
        traceback.clear();
        PyObject head = tracebackHead;
        tracebackHead = null;
        if (head != null) {
            release.release(head);
        }
    }

    /** The first traceback object, borrowed, or null. */
    public PyObject tracebackHead() {
        return tracebackHead;
    }

    /** Puts a new traceback object (owned, already linked to the old head) in front. */
    public void pushTraceback(PyObject ownedHead) {
        tracebackHead = ownedHead;
    }

    @Override
    public void traverse(Visitor visitor) {
        super.traverse(visitor);
        if (args != null) {
            visitor.visit(args);
        }
        if (tracebackHead != null) {
            visitor.visit(tracebackHead);
        }
        if (cause != null) {
            visitor.visit(cause);
        }
        if (context != null) {
            visitor.visit(context);
        }
    }

    /** {@code BaseException_clear}: args, then the traceback (its frames), then cause and context. */
    @Override
    public void clearReferences(Releaser release) {
        PyObject a = args;
        args = null;
        if (a != null) {
            release.release(a);
        }
        dropTraceback(release);
        PyObject[] held = {cause, context};
        cause = null;
        context = null;
        for (PyObject o : held) {
            if (o != null) {
                release.release(o);
            }
        }
    }
}
