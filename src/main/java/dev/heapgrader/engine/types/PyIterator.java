package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

/**
 * The builtin iterators: over a list, tuple, str, range, dict (keys, values, items), set, a sequence with
 * {@code __getitem__}, and {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}.
 * Each holds its source strongly; {@code result} is the tuple that enumerate, zip and dict items reuse when
 * nobody else holds it ({@code Py_REFCNT(result) == 1}), which is why loop variables show an extra reference.
 */
public final class PyIterator extends PyObject {
    public enum Kind { LIST, TUPLE, STR, RANGE, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SET, SEQUENCE, ENUMERATE, ZIP, MAP,
        FILTER, REVERSED_LIST, CALLABLE }

    public final Kind kind;
    /** The iterated object, or for enumerate/map/filter the underlying iterator; null once exhausted. */
    PyObject source;
    /** map/filter function, zip's other iterators, or a snapshot for sets. */
    PyObject[] extra;
    long index;
    public long limit;
    PyTuple result;
    /** Borrowed view of a set's items at the start of iteration, with the size it had. */
    public PyObject[] snapshot;

    public PyIterator(PyType type, Kind kind, PyObject ownedSource, PyObject[] ownedExtra) {
        super(type);
        this.kind = kind;
        this.source = ownedSource;
        this.extra = ownedExtra;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (source != null) {
            visitor.visit(source);
        }
        if (extra != null) {
            for (PyObject o : extra) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }
        if (result != null) {
            visitor.visit(result);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        PyObject s = source;
        source = null;
        if (s != null) {
            release.release(s);
        }
        if (extra != null) {
            for (int i = 0; i < extra.length; i++) {
                if (extra[i] != null) {
                    PyObject o = extra[i];
                    extra[i] = null;
                    release.release(o);
                }
            }
        }
        if (result != null) {
            PyTuple r = result;
            result = null;
            release.release(r);
        }
    }
}
