package dev.heapgrader.engine.object;

/**
 * A {@code tuple}. It owns one reference to each item; items are released last to first when it dies, as
 * Objects/tupleobject.c {@code tupledealloc} does.
 */
public final class PyTuple extends PyObject {
    private final PyObject[] items;

    /** Takes ownership of {@code items}' references (they must already be counted for the tuple). */
    public PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    /** Borrowed item. */
    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public PyObject[] items() {
        return items;
    }

    /** Replaces an item during construction or result-tuple reuse; the caller manages both references. */
    public void setUnsafe(int i, PyObject v) {
        items[i] = v;
    }

    @Override
    public void traverse(Visitor visitor) {
        // tupletraverse visits the items last to first
        for (int i = items.length - 1; i >= 0; i--) {
            if (items[i] != null) {
                visitor.visit(items[i]);
            }
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        for (int i = items.length - 1; i >= 0; i--) {
            PyObject item = items[i];
            if (item != null) {
                items[i] = null;
                release.release(item);
            }
        }
    }
}
