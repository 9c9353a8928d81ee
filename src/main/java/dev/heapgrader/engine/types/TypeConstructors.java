package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.Metaclasses;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.interp.SuperLookup;
import dev.heapgrader.engine.modules.WeakrefModule;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

import java.util.List;

/** Calling a builtin type: {@code int(x)}, {@code list(it)}, {@code type(o)}, {@code range(n)}... */
public final class TypeConstructors {
    private TypeConstructors() {
    }

    public static PyObject construct(Interpreter ip, PyType t, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        BuiltinTypes types = rt.types;
        int npos = NativeTable.positionalCount(a, k);
        if (t == types.type) {
            if (npos == 1 && k == null) {
                return a[0].type().newRef();
            }
            if (npos == 3) {
                return Metaclasses.typeCall(ip, a, k);
            }
            throw ip.errors.typeError("type() takes 1 or 3 arguments");
        }
        if (t == types.object) {
            if (npos > 0) {
                throw ip.errors.typeError("object() takes no arguments");
            }
            return rt.track(new dev.heapgrader.engine.object.PyInstance(types.object, null, 0));
        }
        if (t == types.intType) {
            return IntConstructor.construct(ip, a, k);
        }
        if (t == types.bool) {
            NativeTable.arity(ip, "bool", a, k, 0, 1);
            return rt.bool(npos == 1 && ObjectProtocol.truthy(ip, a[0]));
        }
        if (t == types.floatType) {
            NativeTable.arity(ip, "float", a, k, 0, 1);
            return npos == 0 ? rt.newFloat(0.0) : toFloat(ip, a[0]);
        }
        if (t == types.complex) {
            return ComplexConstructor.construct(ip, a, npos, k);
        }
        if (t == types.str) {
            NativeTable.arity(ip, "str", a, k, 0, 1);
            if (npos == 0) {
                return rt.emptyStr;
            }
            if (a[0] instanceof PyStr && a[0].type() == types.str) {
                return a[0].newRef();
            }
            return rt.newStr(Repr.str(ip, a[0]));
        }
        if (t == types.bytes) {
            return bytes(ip, a, npos);
        }
        if (t == types.bytearray) {
            return ByteArrayMethods.construct(ip, a, npos);
        }
        if (t == types.list) {
            NativeTable.arity(ip, "list", a, k, 0, 1);
            PyList l = rt.track(new PyList(types.list));
            if (npos == 1) {
                try {
                    Containers.listExtend(ip, l, a[0]);
                } catch (PyException e) {
                    rt.decref(l);
                    throw e;
                }
            }
            return l;
        }
        if (t == types.tuple) {
            NativeTable.arity(ip, "tuple", a, k, 0, 1);
            if (npos == 0) {
                return rt.emptyTuple;
            }
            if (a[0] instanceof PyTuple && a[0].type() == types.tuple) {
                return a[0].newRef();
            }
            List<PyObject> items = Containers.sequenceItemsPresized(ip, a[0]);
            return rt.newTuple(items.toArray(new PyObject[0]));
        }
        if (t == types.dict) {
            PyDict d = rt.newDict();
            try {
                if (npos > 1) {
                    throw ip.errors.typeError("dict expected at most 1 argument, got " + npos);
                }
                if (npos == 1) {
                    Containers.dictUpdate(ip, d, a[0]);
                }
                if (k != null) {
                    for (int i = 0; i < k.length; i++) {
                        PyStr key = rt.newStr(k[i]);
                        Containers.dictSet(ip, d, key, a[npos + i]);
                        rt.decref(key);
                    }
                }
            } catch (PyException e) {
                rt.decref(d);
                throw e;
            }
            return d;
        }
        if (t == types.set || t == types.frozenset) {
            NativeTable.arity(ip, t.name(), a, k, 0, 1);
            if (t == types.frozenset && npos == 1 && a[0].type() == types.frozenset) {
                return a[0].newRef();
            }
            PySet s = rt.track(new PySet(t));
            if (npos == 1) {
                try {
                    Containers.setUpdate(ip, s, a[0]);
                } catch (PyException e) {
                    rt.decref(s);
                    throw e;
                }
            }
            return s;
        }
        if (t == types.range) {
            return range(ip, a, k);
        }
        if (t == types.slice) {
            NativeTable.arity(ip, "slice", a, k, 1, 3);
            PyObject start = npos >= 2 ? a[0] : rt.none;
            PyObject stop = npos >= 2 ? a[1] : a[0];
            PyObject step = npos == 3 ? a[2] : rt.none;
            return rt.track(new PySlice(types.slice, start.newRef(), stop.newRef(), step.newRef()));
        }
        if (t == types.enumerate) {
            PyObject iterable = npos > 0 ? a[0] : NativeTable.keyword(a, k, "iterable");
            if (iterable == null) {
                throw ip.errors.typeError("enumerate() missing required argument 'iterable'");
            }
            PyObject start = npos > 1 ? a[1] : NativeTable.keyword(a, k, "start");
            long first = start == null ? 0 : ObjectProtocol.index(ip, start, "'%T' object cannot be interpreted as an integer");
            PyIterator it = rt.track(new PyIterator(types.enumerate, PyIterator.Kind.ENUMERATE,
                    Iteration.iter(ip, iterable), null));
            it.index = first;
            return it;
        }
        if (t == types.zip) {
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Iteration.iter(ip, a[i]);
            }
            return rt.track(new PyIterator(types.zip, PyIterator.Kind.ZIP, rt.none, its));
        }
        if (t == types.map) {
            if (npos < 2) {
                throw ip.errors.typeError("map() must have at least two arguments.");
            }
            PyObject[] extra = new PyObject[npos];
            extra[0] = a[0].newRef();
            for (int i = 1; i < npos; i++) {
                extra[i] = Iteration.iter(ip, a[i]);
            }
            return rt.track(new PyIterator(types.map, PyIterator.Kind.MAP, rt.none, extra));
        }
        if (t == types.filter) {
            NativeTable.arity(ip, "filter", a, k, 2, 2);
            return rt.track(new PyIterator(types.filter, PyIterator.Kind.FILTER, Iteration.iter(ip, a[1]),
                    new PyObject[] {a[0].newRef()}));
        }
        if (t == types.reversed) {
            NativeTable.arity(ip, "reversed", a, k, 1, 1);
            return reversed(ip, a[0]);
        }
        if (t == types.property) {
            PyObject[] refs = new PyObject[4];
            for (int i = 0; i < 4; i++) {
                PyObject v = i < npos ? a[i] : NativeTable.keyword(a, k, List.of("fget", "fset", "fdel", "doc")
                        .get(i));
                refs[i] = v == null ? rt.none : v.newRef();
            }
            String name = refs[0] instanceof PyFunction f ? ((PyStr) f.name).value() : "";
            return rt.track(new PyDescriptor(types.property, PyDescriptor.Kind.PROPERTY, name, -1, refs));
        }
        if (t == types.staticmethod || t == types.classmethod) {
            NativeTable.arity(ip, t.name(), a, k, 1, 1);
            return rt.track(new PyDescriptor(t, t == types.staticmethod ? PyDescriptor.Kind.STATICMETHOD
                    : PyDescriptor.Kind.CLASSMETHOD, "", -1, a[0].newRef()));
        }
        if (t == types.weakref) {
            return WeakrefModule.newRef(ip, a, k);
        }
        if (t == types.superType) {
            return SuperLookup.make(ip, a, npos);
        }
        if (t.dict().getStr("__new__") != null) {
            // a type a module defines in Java with its own __new__ and __init__ (collections.deque)
            return dev.heapgrader.engine.interp.InstanceCreation.newThenInit(ip, t, a, k);
        }
        throw ip.errors.typeError("cannot create '" + t.name() + "' instances");
    }

    static PyObject toFloat(Interpreter ip, PyObject v) {
        InterpreterState rt = ip.rt;
        if (v instanceof PyFloat f) {
            return v.type() == rt.types.floatType ? v.newRef() : rt.newFloat(f.value());
        }
        if (v instanceof PyInt) {
            return rt.newFloat(NumberArithmetic.toDouble(ip, v));
        }
        if (v instanceof PyStr s) {
            String text = s.value().strip().replace("_", "");
            try {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                if (lower.matches("[+-]?(inf|infinity)")) {
                    return rt.newFloat(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                }
                if (lower.matches("[+-]?nan")) {
                    return rt.newFloat(Double.NaN);
                }
                if (!text.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)")) {
                    throw new NumberFormatException();
                }
                return rt.newFloat(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw ip.errors.valueError("could not convert string to float: " + Repr.repr(ip, v));
            }
        }
        PyObject r = Calls.callSpecial(ip, v, "__float__");
        if (r != null) {
            return r;
        }
        throw ip.errors.typeError("float() argument must be a string or a real number, not '" + v.type().name()
                + "'");
    }

    private static PyObject bytes(Interpreter ip, PyObject[] a, int npos) {
        InterpreterState rt = ip.rt;
        if (npos == 0) {
            return rt.newBytes(new byte[0]);
        }
        if (a[0] instanceof PyInstance) {
            PyObject r = Calls.callSpecialBound(ip, a[0], "__bytes__");
            if (r != null) {
                if (!(r instanceof PyBytes)) {
                    String name = r.type().name();
                    rt.decref(r);
                    throw ip.errors.typeError("__bytes__ returned non-bytes (type " + name + ")");
                }
                return r;
            }
        }
        if (a[0] instanceof PyInt n) {
            // Objects/bytesobject.c bytes_new: a size is a Py_ssize_t, and not negative
            if (n.bigValue().bitLength() > 63) {
                throw ip.errors.make("OverflowError", "cannot fit 'int' into an index-sized integer");
            }
            if (n.longValue() < 0) {
                throw ip.errors.valueError("negative count");
            }
            if (n.longValue() > Integer.MAX_VALUE - 8 || rt.heap.wouldExceed(n.longValue())) {
                throw ip.errors.make("MemoryError");
            }
            return rt.newBytes(new byte[(int) n.longValue()]);
        }
        if (a[0] instanceof PyStr s) {
            if (npos < 2) {
                throw ip.errors.typeError("string argument without an encoding");
            }
            return rt.newBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<PyObject> items = Containers.sequenceItems(ip, a[0]);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof PyInt item)) {
                String name = items.get(i).type().name();
                items.subList(i, items.size()).forEach(rt::decref);
                throw ip.errors.typeError("'" + name + "' object cannot be interpreted as an integer");
            }
            long v = item.longValue();
            if (v < 0 || v > 255) {
                throw ip.errors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
            rt.decref(items.get(i));
        }
        return rt.newBytes(out);
    }

    private static PyObject range(Interpreter ip, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "range", a, k, 1, 3);
        java.math.BigInteger[] v = new java.math.BigInteger[a.length];
        for (int i = 0; i < a.length; i++) {
            PyInt n = ObjectProtocol.indexInt(ip, a[i], "'%T' object cannot be interpreted as an integer");
            v[i] = n.bigValue();
            ip.rt.decref(n);
        }
        java.math.BigInteger start = a.length == 1 ? java.math.BigInteger.ZERO : v[0];
        java.math.BigInteger stop = a.length == 1 ? v[0] : v[1];
        java.math.BigInteger step = a.length == 3 ? v[2] : java.math.BigInteger.ONE;
        if (step.signum() == 0) {
            throw ip.errors.valueError("range() arg 3 must not be zero");
        }
        return ip.rt.track(new PyRange(ip.rt.types.range, start, stop, step));
    }

    private static PyObject reversed(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        if (o instanceof PyList l) {
            PyIterator it = rt.track(new PyIterator(rt.types.iterators.listReverseIterator,
                    PyIterator.Kind.REVERSED_LIST, l.newRef(), null));
            it.index = l.size() - 1;
            return it;
        }
        PyObject r = Calls.callSpecialBound(ip, o, "__reversed__");
        if (r != null) {
            return r;
        }
        if (o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange || o instanceof PyBytes
                || o.type().lookup("__getitem__") != null && o.type().lookup("__len__") != null) {
            List<PyObject> items = Containers.sequenceItems(ip, o);
            java.util.Collections.reverse(items);
            PyList l = rt.track(new PyList(rt.types.list, items.toArray(new PyObject[0])));
            PyIterator it = rt.track(new PyIterator(rt.types.reversed, PyIterator.Kind.LIST, l, null));
            return it;
        }
        throw ip.errors.typeError("'" + o.type().name() + "' object is not reversible");
    }
}
