package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;

/**
 * {@code +} and {@code *} of lists and tuples (Objects/listobject.c {@code list_concat}, {@code list_repeat},
 * {@code list_inplace_repeat}; Objects/tupleobject.c {@code tupleconcat}, {@code tuplerepeat}): a new object of
 * exactly the result's length, or the operand itself where CPython returns it unchanged.
 */
public final class SequenceConcat {
    private SequenceConcat() {
    }

    public static void listInPlaceRepeat(Interpreter ip, PyList l, long n) {
        InterpreterState rt = ip.rt;
        int size = l.size();
        int before = l.allocated();
        if (n <= 0 || size == 0) {
            for (PyObject o : l.cutOut(0, size)) {
                rt.decref(o);
            }
            l.freeBuffer();
            Containers.accountResize(ip, before, 0);
            return;
        }
        if (n == 1) {
            return;
        }
        ip.rt.reserve(size * n > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 8 * size * (n - 1));
        PyObject[] items = l.toArray();
        l.resize((int) (size * n));
        for (long k = 1; k < n; k++) {
            for (int i = 0; i < size; i++) {
                l.set((int) (k * size + i), items[i].newRef());
            }
        }
        Containers.accountResize(ip, before, l.allocated());
    }

    public static PyObject listConcat(Interpreter ip, PyList a, PyList b) {
        PyObject[] items = new PyObject[a.size() + b.size()];
        for (int i = 0; i < a.size(); i++) {
            items[i] = a.get(i).newRef();
        }
        for (int i = 0; i < b.size(); i++) {
            items[a.size() + i] = b.get(i).newRef();
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    public static PyObject listRepeat(Interpreter ip, PyList a, long n) {
        long total = a.size() * Math.max(0, n);
        ip.rt.reserve(total > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 56 + 8 * total);
        if (total > Integer.MAX_VALUE / 2) {
            throw ip.errors.make("MemoryError");
        }
        PyObject[] items = new PyObject[(int) total];
        for (int i = 0; i < total; i++) {
            items[i] = a.get(i % a.size()).newRef();
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    public static PyObject tupleConcat(Interpreter ip, PyTuple a, PyTuple b) {
        if (b.size() == 0) {
            return a.newRef();
        }
        if (a.size() == 0) {
            return b.newRef();
        }
        PyObject[] items = new PyObject[a.size() + b.size()];
        for (int i = 0; i < a.size(); i++) {
            items[i] = a.get(i).newRef();
        }
        for (int i = 0; i < b.size(); i++) {
            items[a.size() + i] = b.get(i).newRef();
        }
        return ip.rt.newTuple(items);
    }

    public static PyObject tupleRepeat(Interpreter ip, PyTuple a, long n) {
        if (n == 1) {
            return a.newRef();
        }
        long total = a.size() * Math.max(0, n);
        ip.rt.reserve(total > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 40 + 8 * total);
        if (total > Integer.MAX_VALUE / 2) {
            throw ip.errors.make("MemoryError");
        }
        PyObject[] items = new PyObject[(int) total];
        for (int i = 0; i < total; i++) {
            items[i] = a.get(i % a.size()).newRef();
        }
        return ip.rt.newTuple(items);
    }
}
