package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A bound method: a function and the instance it was looked up on, both held strongly. */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    /** Takes ownership of both references. */
    public PyMethod(PyType type, PyObject func, PyObject self) {
        super(type);
        this.func = func;
        this.self = self;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(func);
        visitor.visit(self);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(self);
        release.release(func);
    }
}
