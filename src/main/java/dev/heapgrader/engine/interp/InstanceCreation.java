package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.SubclassInstances;
import dev.heapgrader.engine.types.TypeConstructors;

/**
 * Calling a type (Objects/typeobject.c {@code type_call}): builtin types construct their values; a class makes an
 * instance through {@code __new__} and then runs {@code __init__} with the caller's arguments borrowed, so the
 * instance and arguments carry the references CPython's C code keeps during the call.
 */
public final class InstanceCreation {
    private InstanceCreation() {
    }

    public static PyObject construct(Interpreter ip, PyType t, PyObject[] args, String[] kwnames) {
        InterpreterState rt = ip.rt;
        if (!t.isHeapType() && !t.isSubtypeOf(ip.errors.baseException())) {
            return TypeConstructors.construct(ip, t, args, kwnames);
        }
        PyType builtinBase = SubclassInstances.builtinBase(rt, t);
        if (builtinBase != null && !overrides(ip, t, "__new__")) {
            return SubclassInstances.construct(ip, t, builtinBase, args, kwnames);
        }
        return newThenInit(ip, t, args, kwnames);
    }

    /**
     * {@code type_call}'s general path: {@code __new__(t, *args)}, then, when it made an instance of {@code t},
     * {@code __init__} with the same arguments (a class, or a type a module defines in Java such as deque).
     */
    public static PyObject newThenInit(Interpreter ip, PyType t, PyObject[] args, String[] kwnames) {
        InterpreterState rt = ip.rt;
        PyObject newMethod = t.lookup("__new__");
        PyObject target = newMethod instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD
                ? d.ref(0) : newMethod;
        PyObject[] withType = new PyObject[args.length + 1];
        withType[0] = t;
        System.arraycopy(args, 0, withType, 1, args.length);
        PyObject obj = callWithKeywordDict(ip, target, withType, kwnames);
        if (!obj.type().isSubtypeOf(t)) {
            return obj;
        }
        PyObject init = t.lookup("__init__");
        PyObject r;
        try {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            r = callWithKeywordDict(ip, init, all, kwnames);
        } catch (PyException e) {
            rt.decref(obj);
            throw e;
        }
        if (r != rt.none) {
            String name = r.type().name();
            rt.decref(r);
            rt.decref(obj);
            throw ip.errors.typeError("__init__() should return None, not '" + name + "'");
        }
        return obj;
    }

    /**
     * {@code slot_tp_new} and {@code slot_tp_init} call through {@code _PyObject_Call_Prepend} with type_call's
     * keyword dict; a non-empty one goes through {@code _PyStack_UnpackDict}, whose copy of the arguments holds
     * one more reference to each for the call.
     */
    private static PyObject callWithKeywordDict(Interpreter ip, PyObject fn, PyObject[] all, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            return Calls.call(ip, fn, all, kwnames);
        }
        for (PyObject a : all) {
            a.incref();
        }
        try {
            return Calls.call(ip, fn, all, kwnames);
        } finally {
            for (PyObject a : all) {
                ip.rt.decref(a);
            }
        }
    }

    /** Whether the class overrides {@code name} with its own Python code (not object's or BaseException's). */
    public static boolean overrides(Interpreter ip, PyType t, String name) {
        PyObject v = t.lookup(name);
        return v instanceof PyFunction || v instanceof PyDescriptor d && d.ref(0) instanceof PyFunction;
    }

    /** {@code object.__new__(cls, ...)}: an instance, refusing arguments nobody will consume. */
    public static PyObject objectNew(Interpreter ip, PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyType t)) {
            throw ip.errors.typeError("object.__new__(X): X is not a type object");
        }
        if (a.length > 1) {
            if (overrides(ip, t, "__new__") && !overrides(ip, t, "__init__")) {
                throw ip.errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!overrides(ip, t, "__init__")) {
                throw ip.errors.typeError(t.name() + "() takes no arguments");
            }
        }
        AbstractClasses.refuseAbstract(ip, t);
        if (t.isSubtypeOf(ip.errors.baseException())) {
            return newException(ip, t, new PyObject[0]);
        }
        if (!t.isHeapType()) {
            return TypeConstructors.construct(ip, t, new PyObject[0], null);
        }
        return newInstance(ip, t);
    }

    /** {@code object.__init__(self, ...)}: extra arguments are an error unless {@code __new__} consumed them. */
    public static void objectInit(Interpreter ip, PyObject self, PyObject[] a) {
        if (a.length > 0) {
            PyType t = self.type();
            if (overrides(ip, t, "__init__")) {
                throw ip.errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!overrides(ip, t, "__new__")) {
                throw ip.errors.typeError(t.name() + "() takes no arguments");
            }
        }
    }

    /** {@code object.__new__} for a class: a fresh instance holding a reference to its class. */
    static PyInstance newInstance(Interpreter ip, PyType t) {
        InterpreterState rt = ip.rt;
        int slots = slotCount(t);
        boolean hasDict = false;
        for (PyType k : t.mroList()) {
            hasDict |= k.layout().managedDict();
        }
        PyInstance inst = new PyInstance(t, hasDict ? new PyDict(rt.types.dict) : null, slots);
        t.incref();
        if (t.sharedKeys() != null && hasDict) {
            inst.attrs().shareKeys(t.sharedKeys());
            if (slots == 0 || rt.version.inlineValuesWithSlots()) {
                t.sharedKeys().instanceCreated();
            }
        }
        return rt.track(inst);
    }

    public static int slotCount(PyType t) {
        int n = 0;
        for (PyType k : t.mroList()) {
            n += k.layout().slotNames().size();
        }
        return n;
    }

    public static PyBaseException newException(Interpreter ip, PyType t, PyObject[] args) {
        PyBaseException e = ip.errors.instance(t, args);
        if (t.sharedKeys() != null) {
            t.sharedKeys().instanceCreated();
        }
        return e;
    }
}
