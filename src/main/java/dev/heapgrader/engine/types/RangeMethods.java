package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

/**
 * {@code range.count}, {@code range.index} and {@code in} (Objects/rangeobject.c): ints are answered by
 * arithmetic, any other object by comparing it with each item in turn ({@code _PySequence_IterSearch}).
 */
public final class RangeMethods {
    private RangeMethods() {
    }

    static void install(Interpreter ip, PyType range) {
        NativeTable n = new NativeTable(ip, range.dict(), range);
        n.def("count", RangeMethods::count);
        n.def("index", RangeMethods::index);
    }

    /** {@code range_contains}: arithmetic for ints (bools included), a search for anything else. */
    public static boolean contains(Interpreter ip, PyRange r, PyObject item) {
        return item instanceof PyInt ? r.contains(item) : search(ip, r, item) >= 0;
    }

    /** The first position whose item equals {@code item}, or -1; each comparison counts as a step. */
    private static long search(Interpreter ip, PyRange r, PyObject item) {
        for (long x = 0; r.hasItem(x); x++) {
            if (equalsItem(ip, r, x, item)) {
                return x;
            }
        }
        return -1;
    }

    private static boolean equalsItem(Interpreter ip, PyRange r, long x, PyObject item) {
        ip.tick();
        PyObject v = r.item(ip.rt, x);
        try {
            return ObjectProtocol.richEquals(ip.rt, v, item);
        } finally {
            ip.rt.decref(v);
        }
    }

    private static PyObject count(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "count", a, k, 1, 1);
        PyRange r = (PyRange) self;
        if (a[0] instanceof PyInt) {
            return i.rt.newInt(r.contains(a[0]) ? 1 : 0);
        }
        long count = 0;
        for (long x = 0; r.hasItem(x); x++) {
            if (equalsItem(i, r, x, a[0])) {
                count++;
            }
        }
        return i.rt.newInt(count);
    }

    private static PyObject index(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "index", a, k, 1, 1);
        PyRange r = (PyRange) self;
        if (a[0] instanceof PyInt v) {
            if (!r.contains(v)) {
                throw i.errors.valueError(Repr.repr(i, v) + " is not in range");
            }
            return i.rt.newInt(v.bigValue().subtract(r.start).divide(r.step));
        }
        long at = search(i, r, a[0]);
        if (at < 0) {
            throw i.errors.valueError("sequence.index(x): x not in sequence");
        }
        return i.rt.newInt(at);
    }
}
