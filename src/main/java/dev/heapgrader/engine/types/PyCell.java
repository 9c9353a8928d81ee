package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A closure cell: the one strong reference behind a variable shared between a function and its inner ones. */
public final class PyCell extends PyObject {
    public PyObject contents;

    public PyCell(PyType type, PyObject ownedContents) {
        super(type);
        this.contents = ownedContents;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (contents != null) {
            visitor.visit(contents);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        PyObject c = contents;
        contents = null;
        if (c != null) {
            release.release(c);
        }
    }
}
