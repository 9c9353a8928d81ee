package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.InstanceExtras;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

/**
 * Instances of classes derived from builtin types ({@code class Stack(list)}, {@code class Name(str)}): the object
 * has the builtin's own layout, so every builtin method works on it, plus the class's {@code __dict__} and slots
 * ({@link InstanceExtras}) and a reference to the class, as Objects/typeobject.c's {@code subtype} functions give
 * it. The builtin's {@code __new__} makes the value, then the class's {@code __init__} runs, or the builtin's
 * ({@code list.__init__} fills a list from its argument).
 */
public final class SubclassInstances {
    private SubclassInstances() {
    }

    /** The builtin type {@code t} derives from, or null for classes of plain objects and exceptions. */
    public static PyType builtinBase(InterpreterState rt, PyType t) {
        BuiltinTypes b = rt.types;
        for (PyType k : t.mroList()) {
            if (k == b.list || k == b.dict || k == b.set || k == b.frozenset || k == b.tuple || k == b.str
                    || k == b.intType || k == b.floatType || k == b.bytes) {
                return k;
            }
        }
        return null;
    }

    /** {@code type_call} for such a class: the builtin's {@code __new__}, then {@code __init__}. */
    public static PyObject construct(Interpreter ip, PyType t, PyType base, PyObject[] args, String[] kwnames) {
        InterpreterState rt = ip.rt;
        PyObject obj = newInstance(ip, t, base, args, kwnames);
        try {
            PyObject init = t.lookup("__init__");
            if (init instanceof PyFunction) {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = obj;
                System.arraycopy(args, 0, all, 1, args.length);
                PyObject r = Calls.call(ip, init, all, kwnames);
                if (r != rt.none) {
                    String name = r.type().name();
                    rt.decref(r);
                    throw ip.errors.typeError("__init__() should return None, not '" + name + "'");
                }
            } else {
                builtinInit(ip, obj, args, kwnames);
            }
        } catch (PyException e) {
            rt.decref(obj);
            throw e;
        }
        return obj;
    }

    /** The builtin's {@code __new__} for a subclass: an empty mutable container, or the immutable value. */
    private static PyObject newInstance(Interpreter ip, PyType t, PyType base, PyObject[] args, String[] kwnames) {
        InterpreterState rt = ip.rt;
        BuiltinTypes b = rt.types;
        PyObject obj;
        if (base == b.list) {
            obj = new PyList(t);
        } else if (base == b.dict) {
            obj = new PyDict(t);
        } else if (base == b.set) {
            obj = new PySet(t);
        } else {
            PyObject value = TypeConstructors.construct(ip, base, args, kwnames);
            try {
                obj = copyWithType(ip, value, t);
            } finally {
                rt.decref(value);
            }
        }
        boolean hasDict = false;
        for (PyType k : t.mroList()) {
            hasDict |= k.isHeapType() && k.layout().managedDict();
        }
        obj.setExtras(new InstanceExtras(hasDict, InstanceCreation.slotCount(t)));
        t.incref();
        rt.track(obj);
        if (obj instanceof PyDict) {
            // dict_new untracks only an exact dict (MAINTAIN_TRACKING); a subclass instance is tracked from birth
            rt.heap.track(obj);
        }
        return obj;
    }

    private static PyObject copyWithType(Interpreter ip, PyObject value, PyType t) {
        if (value instanceof PyStr s) {
            return new PyStr(t, s.value());
        }
        if (value instanceof PyInt i) {
            return i.isSmall() ? new PyInt(t, i.longValue()) : new PyInt(t, i.bigValue());
        }
        if (value instanceof PyFloat f) {
            return new PyFloat(t, f.value());
        }
        if (value instanceof PyBytes by) {
            return new PyBytes(t, by.value());
        }
        if (value instanceof PyTuple tu) {
            PyObject[] items = tu.items().clone();
            for (PyObject o : items) {
                o.incref();
            }
            return new PyTuple(t, items);
        }
        PySet copy = new PySet(t);
        for (PyObject o : ((PySet) value).items()) {
            copy.add(o, ip.rt);
        }
        return copy;
    }

    /**
     * Installs {@code list.__init__}, {@code dict.__init__} and {@code set.__init__}, so a subclass's own
     * {@code __init__} can call {@code super().__init__(...)}.
     */
    static void installInitializers(Interpreter ip) {
        BuiltinTypes b = ip.rt.types;
        for (PyType t : new PyType[] {b.list, b.dict, b.set}) {
            new NativeTable(ip, t.dict(), t).def("__init__", SubclassInstances::init);
        }
    }

    /**
     * Installs {@code tuple.__new__}, {@code str.__new__}, {@code int.__new__}, {@code float.__new__},
     * {@code bytes.__new__} and {@code frozenset.__new__} as static methods, so a subclass's own {@code __new__} can
     * make its value with {@code tuple.__new__(cls, items)} or {@code super().__new__(cls, ...)}, as
     * Objects/tupleobject.c's {@code tuple_new} (and its siblings) allow for subtypes.
     */
    static void installImmutableConstructors(Interpreter ip) {
        InterpreterState rt = ip.rt;
        BuiltinTypes b = rt.types;
        for (PyType base : new PyType[] {b.tuple, b.str, b.intType, b.floatType, b.bytes, b.frozenset}) {
            PyBuiltin fn = rt.track(new PyBuiltin(b.builtinFunction, "__new__",
                    (i, self, a, k) -> immutableNew(i, base, a, k), null, null));
            ip.storeIn(base.dict(), "__new__", rt.track(new PyDescriptor(b.staticmethod,
                    PyDescriptor.Kind.STATICMETHOD, "__new__", -1, fn)));
        }
    }

    /** {@code tp_new} of an immutable builtin called as {@code base.__new__(cls, *args)}. */
    private static PyObject immutableNew(Interpreter ip, PyType base, PyObject[] a, String[] kwnames) {
        int npos = NativeTable.positionalCount(a, kwnames);
        if (npos == 0) {
            throw ip.errors.typeError(base.name() + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType t)) {
            throw ip.errors.typeError(base.name() + ".__new__(X): X is not a type object (" + a[0].type().name()
                    + ")");
        }
        if (!t.isSubtypeOf(base)) {
            throw ip.errors.typeError(base.name() + ".__new__(" + t.name() + "): " + t.name()
                    + " is not a subtype of " + base.name());
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (t == base || !t.isHeapType()) {
            return TypeConstructors.construct(ip, base, rest, kwnames);
        }
        return newInstance(ip, t, base, rest, kwnames);
    }

    /** {@code list.__init__}, {@code dict.__init__}, {@code set.__init__}; the immutables' is object's. */
    private static void builtinInit(Interpreter ip, PyObject obj, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (obj instanceof PyList l) {
            NativeTable.arity(ip, "list", args, kwnames, 0, 1);
            if (l.size() > 0) {
                // list___init___impl starts over from an empty list
                ListMethods.clear(ip, l);
            }
            if (npos == 1) {
                Containers.listExtend(ip, l, args[0]);
            }
        } else if (obj instanceof PyDict d) {
            if (npos > 1) {
                throw ip.errors.typeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                Containers.dictUpdate(ip, d, args[0]);
            }
            for (int i = 0; kwnames != null && i < kwnames.length; i++) {
                PyStr key = ip.rt.newStr(kwnames[i]);
                Containers.dictSet(ip, d, key, args[npos + i]);
                ip.rt.decref(key);
            }
        } else if (obj instanceof PySet s && obj.type().isSubtypeOf(ip.rt.types.set)) {
            NativeTable.arity(ip, "set", args, kwnames, 0, 1);
            for (PyObject o : s.clearAll()) {
                ip.rt.decref(o);
            }
            if (npos == 1) {
                Containers.setUpdate(ip, s, args[0]);
            }
        }
    }

    private static PyObject init(Interpreter i, PyObject self, PyObject[] a, String[] k) {
            builtinInit(i, self, a, k);
            return i.rt.none;
    }
}
