package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

/**
 * The deque methods that find or place an item by position (Modules/_collectionsmodule.c {@code deque_count},
 * {@code deque_index}, {@code deque_insert}, {@code deque_remove}): comparisons that fail if they mutate the
 * deque, and {@code insert}/{@code remove} built on {@code _deque_rotate} as C builds them, so the block layout
 * they leave is CPython's.
 */
final class DequePositions {
    private DequePositions() {
    }

    /** {@code deque_count}: equal items, failing if a comparison mutates the deque. */
    static PyObject count(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.count", a, k, 1, 1);
        PyDeque d = (PyDeque) self;
        long start = d.state;
        int n = d.size();
        long count = 0;
        for (int i = 0; i < n; i++) {
            if (DequeSequence.itemEquals(ip, d, i, a[0])) {
                count++;
            }
            DequeSequence.checkUnchanged(ip, d, start);
        }
        return ip.rt.newInt(count);
    }

    /** {@code deque_index}: {@code start} and {@code stop} clipped like slice bounds. */
    static PyObject index(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        boolean clinic = ip.rt.version.dequeArgumentsLikeClinic();
        NativeTable.arity(ip, clinic ? "index" : "deque.index", a, k, 0, 3);
        if (a.length == 0) {
            throw ip.errors.typeError(clinic ? "index expected at least 1 argument, got 0"
                    : "index() takes at least 1 argument (0 given)");
        }
        PyDeque d = (PyDeque) self;
        int n = d.size();
        long start = a.length > 1 ? sliceIndex(ip, a[1]) : 0;
        long stop = a.length > 2 ? sliceIndex(ip, a[2]) : n;
        if (start < 0) {
            start = Math.max(start + n, 0);
        }
        if (stop < 0) {
            stop = Math.max(stop + n, 0);
        }
        stop = Math.min(stop, n);
        start = Math.min(start, stop);
        long state = d.state;
        for (long i = start; i < stop; i++) {
            if (DequeSequence.itemEquals(ip, d, (int) i, a[0])) {
                return ip.rt.newInt(i);
            }
            DequeSequence.checkUnchanged(ip, d, state);
        }
        throw ip.errors.valueError(Repr.repr(ip, a[0]) + " is not in deque");
    }

    /** {@code _PyEval_SliceIndexNotNone}: an int or an object with {@code __index__}, clamped to a Py_ssize_t. */
    private static long sliceIndex(Interpreter ip, PyObject o) {
        PyInt i = ObjectProtocol.indexInt(ip, o, "slice indices must be integers or have an __index__ method");
        try {
            return i.isSmall() ? i.longValue() : (i.bigValue().signum() < 0 ? Long.MIN_VALUE / 2
                    : Long.MAX_VALUE / 2);
        } finally {
            ip.rt.decref(i);
        }
    }

    /** {@code deque_insert}: rotate the place to an end, append there, rotate back. */
    static PyObject insert(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        boolean clinic = ip.rt.version.dequeArgumentsLikeClinic();
        if (NativeTable.positionalCount(a, k) != 2 || k != null) {
            NativeTable.arity(ip, "deque.insert", a, k, 0, 99);
            throw ip.errors.typeError(clinic ? "insert expected 2 arguments, got " + a.length
                    : "insert() takes exactly 2 arguments (" + a.length + " given)");
        }
        PyDeque d = (PyDeque) self;
        long index = ObjectProtocol.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
        int n = d.size();
        if (d.maxlen == n) {
            throw ip.errors.indexError("deque already at its maximum size");
        }
        if (index >= n) {
            DequeMethods.appendOwned(ip, d, a[1].newRef());
        } else if (index <= -n || index == 0) {
            DequeMethods.appendLeftOwned(ip, d, a[1].newRef());
        } else {
            d.rotate(ip.rt, -index);
            if (index < 0) {
                DequeMethods.appendOwned(ip, d, a[1].newRef());
            } else {
                DequeMethods.appendLeftOwned(ip, d, a[1].newRef());
            }
            d.rotate(ip.rt, index);
        }
        return ip.rt.none;
    }

    /** {@code deque_remove}: compare the leftmost item, rotating one step at a time. */
    static PyObject remove(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "deque.remove", a, k, 1, 1);
        PyDeque d = (PyDeque) self;
        InterpreterState rt = ip.rt;
        int n = d.size();
        for (int i = 0; i < n; i++) {
            boolean equal;
            try {
                equal = DequeSequence.itemEquals(ip, d, 0, a[0]);
            } catch (PyException e) {
                d.rotate(rt, i);
                throw e;
            }
            if (d.size() != n) {
                throw ip.errors.indexError("deque mutated during remove().");
            }
            if (equal) {
                PyObject target = d.popLeft(rt);
                d.rotate(rt, i);
                rt.decref(target);
                return rt.none;
            }
            d.rotate(rt, -1);
        }
        throw ip.errors.valueError(Repr.repr(ip, a[0]) + " is not in deque");
    }
}
