package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Metaclasses: which metaclass a {@code class} statement calls and how (Python/bltinmodule.c
 * {@code builtin___build_class__}), the steps {@code type_new} takes once the type exists ({@code __set_name__},
 * {@code __init_subclass__} with the class keywords), and {@code type.__new__} itself (Objects/typeobject.c).
 * A class whose metaclass is {@code type} takes the direct path, without a {@code __prepare__} or metaclass call.
 */
public final class Metaclasses {
    private Metaclasses() {
    }

    /** The keyword arguments of a class statement or a type call, without {@code metaclass}: values and names. */
    public record Keywords(PyObject[] values, String[] names) {
        static final Keywords NONE = new Keywords(new PyObject[0], null);

        /** The keywords of {@code args} named by {@code kwnames} (the tail of {@code args}), borrowed. */
        public static Keywords tail(PyObject[] args, String[] kwnames) {
            if (kwnames == null || kwnames.length == 0) {
                return NONE;
            }
            PyObject[] values = new PyObject[kwnames.length];
            System.arraycopy(args, args.length - kwnames.length, values, 0, values.length);
            return new Keywords(values, kwnames);
        }

        /** {@code positional} followed by these keywords' values, as a call's argument array. */
        PyObject[] after(PyObject... positional) {
            PyObject[] all = new PyObject[positional.length + values.length];
            System.arraycopy(positional, 0, all, 0, positional.length);
            System.arraycopy(values, 0, all, positional.length, values.length);
            return all;
        }
    }

    /**
     * {@code builtin___build_class__}: the metaclass from the {@code metaclass} keyword or the first base's type,
     * made the most derived one when it is a class; a namespace from its {@code __prepare__}; the body run in it;
     * then {@code meta(name, bases, ns, **kwds)}.
     */
    static PyObject buildClass(Interpreter ip, PyFunction body, PyStr name, PyTuple bases, PyDict kwargs) {
        InterpreterState rt = ip.rt;
        PyObject meta = kwargs == null ? null : kwargs.getStr("metaclass");
        Keywords kw = classKeywords(kwargs);
        if (meta == null) {
            meta = bases.size() == 0 ? rt.types.type : bases.get(0).type();
        }
        if (meta instanceof PyType m) {
            meta = calculate(ip, m, bases);
        }
        if (meta == rt.types.type) {
            PyDict namespace = rt.newDict();
            try {
                PyObject cell = ClassBuilder.runBody(ip, body, namespace);
                try {
                    return typeNew(ip, rt.types.type, name.value(), bases, namespace, kw);
                } finally {
                    rt.decref(cell);
                }
            } finally {
                rt.decref(namespace);
            }
        }
        // the metaclass local builtin___build_class__ keeps besides the caller's reference
        meta.incref();
        PyObject ns;
        try {
            ns = prepare(ip, meta, name, bases, kw);
        } catch (PyException e) {
            rt.decref(meta);
            throw e;
        }
        try {
            if (!(ns instanceof PyDict namespace)) {
                throw ip.errors.typeError(metaName(meta) + ".__prepare__() must return a mapping, not "
                        + ns.type().name());
            }
            PyObject cell = ClassBuilder.runBody(ip, body, namespace);
            try {
                return Calls.call(ip, meta, kw.after(name, bases, namespace), kw.names());
            } finally {
                rt.decref(cell);
            }
        } finally {
            rt.decref(ns);
            rt.decref(meta);
        }
    }

    private static Keywords classKeywords(PyDict kwargs) {
        if (kwargs == null) {
            return Keywords.NONE;
        }
        List<PyObject> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kwargs.entryCount(); i++) {
            PyObject k = kwargs.keyAt(i);
            if (k instanceof PyStr s && !s.value().equals("metaclass")) {
                names.add(s.value());
                values.add(kwargs.valueAt(i));
            }
        }
        return names.isEmpty() ? Keywords.NONE
                : new Keywords(values.toArray(new PyObject[0]), names.toArray(new String[0]));
    }

    private static String metaName(PyObject meta) {
        return meta instanceof PyType t ? t.name() : "<metaclass>";
    }

    /** {@code meta.__prepare__(name, bases, **kwds)} when the metaclass has one, else a new dict. */
    private static PyObject prepare(Interpreter ip, PyObject meta, PyStr name, PyTuple bases, Keywords kw) {
        PyObject prep = Attributes.find(ip, meta, "__prepare__");
        if (prep == null) {
            return ip.rt.newDict();
        }
        PyObject[] args = kw.after(name, bases);
        // PyObject_VectorcallDict with class keywords: _PyStack_UnpackDict's copy holds name and bases
        boolean unpacked = kw.names() != null;
        if (unpacked) {
            name.incref();
            bases.incref();
        }
        try {
            return Calls.call(ip, prep, args, kw.names());
        } finally {
            if (unpacked) {
                ip.rt.decref(name);
                ip.rt.decref(bases);
            }
            ip.rt.decref(prep);
        }
    }

    /**
     * Objects/typeobject.c {@code _PyType_CalculateMetaclass}: the metaclass that is a subclass of the given one
     * and of every base's type; "metaclass conflict" when none is.
     */
    public static PyType calculate(Interpreter ip, PyType metatype, PyTuple bases) {
        PyType winner = metatype;
        for (int i = 0; i < bases.size(); i++) {
            PyType baseType = bases.get(i).type();
            if (winner.isSubtypeOf(baseType)) {
                continue;
            }
            if (baseType.isSubtypeOf(winner)) {
                winner = baseType;
                continue;
            }
            throw ip.errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * {@code type.__new__(metatype, name, bases, ns, **kwds)} (Objects/typeobject.c {@code type_new}): the most
     * derived metaclass's own {@code __new__} when it has one, otherwise the type, then its
     * {@code __set_name__} and {@code __init_subclass__} calls.
     */
    public static PyObject typeNewCall(Interpreter ip, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        int npos = NativeTable.positionalCount(a, k);
        if (npos < 1 || !(a[0] instanceof PyType metatype)) {
            throw ip.errors.typeError("type.__new__(X): X is not a type object ("
                    + (npos < 1 ? "NoneType" : a[0].type().name()) + ")");
        }
        if (!metatype.isSubtypeOf(rt.types.type)) {
            throw ip.errors.typeError("type.__new__(" + metatype.name() + "): " + metatype.name()
                    + " is not a subtype of type");
        }
        if (metatype == rt.types.type && npos == 2 && k == null) {
            return a[1].type().newRef();
        }
        if (npos != 4) {
            throw ip.errors.typeError("type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
        }
        String name = NativeTable.str(ip, a[1], "type.__new__() argument 1");
        // type_new's argument clinic: (str, tuple, dict)
        if (!(a[2] instanceof PyTuple bases)) {
            throw ip.errors.typeError("type.__new__() argument 2 must be tuple, not " + a[2].type().name());
        }
        if (!(a[3] instanceof PyDict namespace)) {
            throw ip.errors.typeError("type.__new__() argument 3 must be dict, not " + a[3].type().name());
        }
        Keywords kw = Keywords.tail(a, k);
        PyType winner = calculate(ip, metatype, bases);
        if (winner != metatype && InstanceCreation.overrides(ip, winner, "__new__")) {
            PyObject winnerNew = winner.lookup("__new__");
            PyObject fn = winnerNew instanceof PyDescriptor d ? d.ref(0) : winnerNew;
            return Calls.call(ip, fn, kw.after(winner, a[1], bases, namespace), kw.names());
        }
        return typeNew(ip, winner, name, bases, namespace, kw);
    }

    /**
     * {@code type(name, bases, ns, **kwds)} (Objects/typeobject.c {@code type_call} on {@code type}): the class
     * {@code type.__new__} makes, then its metaclass's {@code __init__} when that metaclass is a class's.
     */
    public static PyObject typeCall(Interpreter ip, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        PyObject[] withType = new PyObject[a.length + 1];
        withType[0] = rt.types.type;
        System.arraycopy(a, 0, withType, 1, a.length);
        // type_vectorcall hands three arguments to _PyObject_MakeTpCall, which packs them in a tuple that lives
        // through both tp_new and tp_init
        PyObject packed = Calls.argumentTuple(ip, a, k);
        try {
            PyObject obj = typeNewCall(ip, withType, k);
            if (!(obj instanceof PyType made) || !made.type().isHeapType()) {
                return obj;
            }
            PyObject init = made.type().lookup("__init__");
            if (init instanceof PyFunction) {
                PyObject[] all = new PyObject[a.length + 1];
                all[0] = obj;
                System.arraycopy(a, 0, all, 1, a.length);
                try {
                    rt.decref(Calls.call(ip, init, all, k));
                } catch (PyException e) {
                    rt.decref(obj);
                    throw e;
                }
            }
            return obj;
        } finally {
            rt.xdecref(packed);
        }
    }

    /** The type with metatype {@code metatype}, then {@code type_new_set_names} and {@code init_subclass}. */
    static PyType typeNew(Interpreter ip, PyType metatype, String name, PyTuple bases, PyDict namespace,
                          Keywords kw) {
        PyType type = ClassBuilder.create(ip, metatype, name, bases, namespace);
        try {
            ClassHooks.setNames(ip, type);
            ClassHooks.initSubclass(ip, type, kw);
        } catch (RuntimeException e) {
            ip.rt.decref(type);
            throw e;
        }
        return type;
    }

    /**
     * Objects/abstract.c {@code object_recursive_isinstance} and {@code object_issubclass}: a class whose
     * metaclass defines {@code __instancecheck__} or {@code __subclasscheck__} in Python decides itself; null when
     * {@code type}'s own rule applies.
     */
    public static Boolean check(Interpreter ip, PyType cls, String hookName, PyObject arg) {
        PyType meta = cls.type();
        if (meta == ip.rt.types.type || !meta.isHeapType()) {
            return null;
        }
        PyObject hook = meta.lookup(hookName);
        if (!(hook instanceof PyFunction)) {
            return null;
        }
        PyObject r = Calls.call(ip, hook, new PyObject[] {cls, arg}, null);
        try {
            return ObjectProtocol.truthy(ip, r);
        } finally {
            ip.rt.decref(r);
        }
    }

    /**
     * The metaclass's own {@code __call__}, written in Python, when the class's metaclass has one
     * ({@code slot_tp_call} on the metaclass); null for the usual {@code type_call}.
     */
    static PyObject overriddenCall(Interpreter ip, PyType t) {
        PyType meta = t.type();
        if (meta == ip.rt.types.type || !meta.isHeapType()) {
            return null;
        }
        PyObject call = meta.lookup("__call__");
        return call instanceof PyFunction ? call : null;
    }
}
