package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code list}, with Objects/listobject.c's buffer behaviour for each. */
public final class ListMethods {
    private ListMethods() {
    }

    static void install(Interpreter ip, PyType list) {
        NativeTable n = new NativeTable(ip, list.dict(), list);
        n.def("append", ListMethods::append);
        n.def("extend", ListMethods::extend);
        n.def("insert", ListMethods::insert);
        n.def("pop", ListMethods::popMethod);
        n.def("remove", ListMethods::remove);
        n.def("index", ListMethods::index);
        n.def("count", ListMethods::count);
        n.def("clear", ListMethods::clearMethod);
        n.def("copy", ListMethods::copy);
        n.def("reverse", ListMethods::reverse);
        n.def("sort", ListMethods::sortMethod);
    }

    /** {@code _list_clear}: the buffer is freed and the items released last to first. */
    static void clear(Interpreter ip, PyList l) {
        int before = l.allocated();
        l.clearReferences(ip.rt::decref);
        Containers.accountResize(ip, before, 0);
    }

    private static PyObject pop(PyList l, Interpreter ip, long index) {
        int size = l.size();
        if (size == 0) {
            throw ip.errors.indexError("pop from empty list");
        }
        if (index < 0) {
            index += size;
        }
        if (index < 0 || index >= size) {
            throw ip.errors.indexError("pop index out of range");
        }
        int before = l.allocated();
        PyObject v;
        if (index == size - 1) {
            v = l.cutOut(size - 1, size)[0];
            if (size == 1 && ip.rt.version.popToEmptyFreesBuffer()) {
                l.freeBuffer();
            } else {
                l.afterCut(size);
            }
        } else {
            v = l.cutOut((int) index, (int) index + 1)[0];
            l.afterCut(size);
        }
        Containers.accountResize(ip, before, l.allocated());
        return v;
    }

    /** A stable sort by {@code <} on the items or their keys (Objects/listobject.c uses timsort, also stable). */
    public static void sort(Interpreter ip, PyList l, PyObject key, PyObject reverse) {
        InterpreterState rt = ip.rt;
        boolean rev = reverse != null && ObjectProtocol.truthy(ip, reverse);
        PyObject[] items = l.toArray();
        List<PyObject> keys = new ArrayList<>();
        try {
            for (PyObject o : items) {
                keys.add(key == null || key == rt.none ? o.newRef() : Calls.call(ip, key, new PyObject[] {o}, null));
            }
            Integer[] order = new Integer[items.length];
            for (int x = 0; x < order.length; x++) {
                order[x] = x;
            }
            // a stable sort, descending for reverse=True (CPython reverses, sorts stably, reverses back)
            java.util.Arrays.sort(order, (x, y) -> {
                // one sort of a million items is seconds of comparisons: each counts toward the time limit
                ip.work.charge(1);
                PyObject first = rev ? keys.get(y) : keys.get(x);
                PyObject second = rev ? keys.get(x) : keys.get(y);
                if (lessThan(ip, first, second)) {
                    return -1;
                }
                if (lessThan(ip, second, first)) {
                    return 1;
                }
                return 0;
            });
            for (int x = 0; x < order.length; x++) {
                l.set(x, items[order[x]]);
            }
        } finally {
            for (PyObject kk : keys) {
                rt.decref(kk);
            }
        }
    }

    private static boolean lessThan(Interpreter ip, PyObject a, PyObject b) {
        Integer c = builtinOrder(a, b);
        if (c != null) {
            return c < 0;
        }
        PyObject r = Compare.rich(ip, a, b, CompareOperator.LT);
        try {
            return ObjectProtocol.truthy(ip, r);
        } finally {
            ip.rt.decref(r);
        }
    }

    /**
     * list.sort's shortcut for keys of one builtin kind (Objects/listobject.c {@code unsafe_long_compare},
     * {@code unsafe_float_compare}, {@code unsafe_latin_compare}): their order without a rich comparison; null
     * when the pair needs one.
     */
    private static Integer builtinOrder(PyObject a, PyObject b) {
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return IntSlots.order(ia, ib);
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            return FloatSlots.order(a, b);
        }
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            return StrSlots.order(sa.value(), sb.value());
        }
        return null;
    }

    private static PyObject append(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "list.append", a, k, 1, 1);
        i.trace.containerStore(i, self, a[0], "append");
        Containers.listAppend(i, (PyList) self, a[0].newRef());
        return i.rt.none;
    }

    private static PyObject extend(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "list.extend", a, k, 1, 1);
        int stored = ((PyList) self).size();
        Containers.listExtend(i, (PyList) self, a[0]);
        i.trace.containerStoresFrom(i, (PyList) self, stored, "extend");
        return i.rt.none;
    }

    private static PyObject insert(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "insert", a, k, 2, 2);
        PyList l = (PyList) self;
        long where = ObjectProtocol.index(i, a[0], "'%T' object cannot be interpreted as an integer");
        int n2 = l.size();
        if (where < 0) {
            where = Math.max(0, where + n2);
        }
        where = Math.min(where, n2);
        int before = l.allocated();
        i.trace.containerStore(i, l, a[1], "insert");
        l.insert((int) where, a[1].newRef());
        Containers.accountResize(i, before, l.allocated());
        return i.rt.none;
    }

    private static PyObject popMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "pop", a, k, 0, 1);
        return pop((PyList) self, i, a.length == 0 ? -1 : ObjectProtocol.index(i, a[0],
                "'%T' object cannot be interpreted as an integer"));
    }

    private static PyObject remove(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "list.remove", a, k, 1, 1);
        PyList l = (PyList) self;
        for (int idx = 0; idx < l.size(); idx++) {
            if (ObjectProtocol.richEquals(i.rt, l.get(idx), a[0])) {
                Slices.replaceRange(i, l, idx, idx + 1, new PyObject[0]);
                return i.rt.none;
            }
        }
        throw i.errors.valueError("list.remove(x): x not in list");
    }

    private static PyObject index(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "index", a, k, 1, 3);
        PyList l = (PyList) self;
        for (int idx = 0; idx < l.size(); idx++) {
            if (ObjectProtocol.richEquals(i.rt, l.get(idx), a[0])) {
                return i.rt.newInt(idx);
            }
        }
        throw i.errors.valueError(Repr.repr(i, a[0]) + " is not in list");
    }

    private static PyObject count(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "count", a, k, 1, 1);
        PyList l = (PyList) self;
        int c = 0;
        for (int idx = 0; idx < l.size(); idx++) {
            if (ObjectProtocol.richEquals(i.rt, l.get(idx), a[0])) {
                c++;
            }
        }
        return i.rt.newInt(c);
    }

    private static PyObject clearMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "clear", a, k, 0, 0);
        clear(i, (PyList) self);
        return i.rt.none;
    }

    private static PyObject copy(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "copy", a, k, 0, 0);
        PyObject[] items = ((PyList) self).toArray();
        for (PyObject o : items) {
            o.incref();
        }
        return i.rt.track(new PyList(i.rt.types.list, items));
    }

    private static PyObject reverse(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "reverse", a, k, 0, 0);
        PyList l = (PyList) self;
        PyObject[] items = l.toArray();
        for (int x = 0; x < items.length; x++) {
            l.set(x, items[items.length - 1 - x]);
        }
        return i.rt.none;
    }

    private static PyObject sortMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        if (NativeTable.positionalCount(a, k) != 0) {
            throw i.errors.typeError("sort() takes no positional arguments");
        }
        sort(i, (PyList) self, NativeTable.keyword(a, k, "key"), NativeTable.keyword(a, k, "reverse"));
        return i.rt.none;
    }
}
