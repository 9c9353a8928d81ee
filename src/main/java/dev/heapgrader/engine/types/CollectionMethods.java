package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/** The methods of {@code set}, {@code frozenset}, {@code tuple} and {@code int}. */
final class CollectionMethods {
    private CollectionMethods() {
    }

    static void installSet(Interpreter ip, PyType set, boolean mutable) {
        NativeTable n = new NativeTable(ip, set.dict(), set);
        if (mutable) {
            n.def("add", CollectionMethods::add);
            n.def("discard", CollectionMethods::discard);
            n.def("remove", CollectionMethods::remove);
            n.def("pop", CollectionMethods::pop);
            n.def("clear", CollectionMethods::clear);
            // set_update is METH_VARARGS: its arguments are held in a tuple while it runs
            n.def("update", NativeTable.packingArguments((i, self, a, k) -> {
                for (PyObject o : a) {
                    Containers.setUpdate(i, (PySet) self, o);
                }
                return i.rt.none;
            }));
        }
        n.def("copy", CollectionMethods::copy);
        n.def("union", CollectionMethods::union);
        n.def("intersection", CollectionMethods::intersection);
        n.def("difference", CollectionMethods::difference);
        n.def("symmetric_difference", CollectionMethods::symmetricDifference);
        n.def("issubset", CollectionMethods::issubset);
        n.def("issuperset", CollectionMethods::issuperset);
        n.def("isdisjoint", CollectionMethods::isdisjoint);
    }

    private static PySet asSet(Interpreter ip, PyObject o) {
        if (o instanceof PySet s) {
            return (PySet) s.newRef();
        }
        PySet s = ip.rt.newSet();
        Containers.setUpdate(ip, s, o);
        return s;
    }

    private static PyObject algebra(Interpreter ip, PyObject self, PyObject[] a, BinaryOperator op) {
        PyObject acc = self.newRef();
        for (PyObject o : a) {
            PySet other = asSet(ip, o);
            try {
                PyObject next = SetOps.binary(ip, op, (PySet) acc, other);
                ip.rt.decref(acc);
                acc = next;
            } finally {
                ip.rt.decref(other);
            }
        }
        if (acc == self) {
            ip.rt.decref(acc);
            PySet copy = ip.rt.track(new PySet(self.type()));
            Containers.setUpdate(ip, copy, self);
            return copy;
        }
        return acc;
    }

    static void installTuple(Interpreter ip, PyType tuple) {
        NativeTable n = new NativeTable(ip, tuple.dict(), tuple);
        n.def("index", CollectionMethods::index);
        n.def("count", CollectionMethods::count);
    }

    static void installInt(Interpreter ip, PyType intType) {
        NativeTable n = new NativeTable(ip, intType.dict(), intType);
        n.def("bit_length", CollectionMethods::bitLength);
        n.def("is_integer", CollectionMethods::isInteger);
    }

    private static PyObject add(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            NativeTable.arity(i, "set.add", a, k, 1, 1);
            ((PySet) self).add(a[0], i.rt);
            return i.rt.none;
    }

    private static PyObject discard(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            NativeTable.arity(i, "set.discard", a, k, 1, 1);
            i.rt.xdecref(((PySet) self).discard(a[0], i.rt));
            return i.rt.none;
    }

    private static PyObject remove(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            NativeTable.arity(i, "set.remove", a, k, 1, 1);
            PyObject old = ((PySet) self).discard(a[0], i.rt);
            if (old == null) {
                throw i.errors.keyError(a[0]);
            }
            i.rt.decref(old);
            return i.rt.none;
    }

    private static PyObject pop(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            PySet s = (PySet) self;
            if (s.size() == 0) {
                throw i.errors.make("KeyError", "pop from an empty set");
            }
            return s.discard(s.items()[0], i.rt);
    }

    private static PyObject clear(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            for (PyObject o : ((PySet) self).clearAll()) {
                i.rt.decref(o);
            }
            return i.rt.none;
    }

    private static PyObject copy(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PySet copy = i.rt.track(new PySet(self.type()));
        Containers.setUpdate(i, copy, self);
        return copy;
    }

    private static PyObject union(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return algebra(i, self, a, BinaryOperator.BIT_OR);
    }

    private static PyObject intersection(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return algebra(i, self, a, BinaryOperator.BIT_AND);
    }

    private static PyObject difference(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return algebra(i, self, a, BinaryOperator.SUB);
    }

    private static PyObject symmetricDifference(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return algebra(i, self, a, BinaryOperator.BIT_XOR);
    }

    private static PyObject issubset(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PySet other = asSet(i, a[0]);
        try {
            for (PyObject o : ((PySet) self).items()) {
                if (!other.contains(o, i.rt)) {
                    return i.rt.falseObj;
                }
            }
            return i.rt.trueObj;
        } finally {
            i.rt.decref(other);
        }
    }

    private static PyObject issuperset(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PySet other = asSet(i, a[0]);
        try {
            for (PyObject o : other.items()) {
                if (!((PySet) self).contains(o, i.rt)) {
                    return i.rt.falseObj;
                }
            }
            return i.rt.trueObj;
        } finally {
            i.rt.decref(other);
        }
    }

    private static PyObject isdisjoint(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PySet other = asSet(i, a[0]);
        try {
            for (PyObject o : other.items()) {
                if (((PySet) self).contains(o, i.rt)) {
                    return i.rt.falseObj;
                }
            }
            return i.rt.trueObj;
        } finally {
            i.rt.decref(other);
        }
    }

    private static PyObject index(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        // Objects/clinic/tupleobject.c.h, tuple_index: no keywords ("tuple.index()"), then 1 to 3 positionals
        if (k != null && k.length > 0) {
            NativeTable.arity(i, "tuple.index", a, k, 1, 3);
        }
        NativeTable.arity(i, "index", a, k, 1, 3);
        PyTuple t = (PyTuple) self;
        for (int x = 0; x < t.size(); x++) {
            if (ObjectProtocol.richEquals(i.rt, t.get(x), a[0])) {
                return i.rt.newInt(x);
            }
        }
        throw i.errors.valueError("tuple.index(x): x not in tuple");
    }

    private static PyObject count(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        // tuple.count is METH_O: exactly one positional argument (found by the generated-program long run)
        NativeTable.arity(i, "tuple.count", a, k, 1, 1);
        PyTuple t = (PyTuple) self;
        int c = 0;
        for (int x = 0; x < t.size(); x++) {
            if (ObjectProtocol.richEquals(i.rt, t.get(x), a[0])) {
                c++;
            }
        }
        return i.rt.newInt(c);
    }

    private static PyObject bitLength(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(((PyInt) self).bigValue().abs().bitLength());
    }

    private static PyObject isInteger(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.trueObj;
    }
}
