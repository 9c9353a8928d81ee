package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * Calling a type (Objects/typeobject.c {@code type_call}): builtin types construct their values; a class makes an
 * instance through {@code __new__} and then runs {@code __init__} with the caller's arguments borrowed, so the
 * instance and arguments carry the references CPython's C code keeps during the call.
 */
final class TypeCalls {
    private TypeCalls() {
    }

    static PyObject construct(Interpreter ip, PyType t, PyObject[] args, String[] kwnames) {
        Runtime rt = ip.rt;
        if (!t.isHeapType()) {
            PyType exc = ip.errors.type("BaseException");
            if (t.isSubtypeOf(exc)) {
                return newException(ip, t, args);
            }
            return BuiltinConstructors.construct(ip, t, args, kwnames);
        }
        PyObject newMethod = t.lookup("__new__");
        PyObject obj;
        if (newMethod instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD
                || newMethod instanceof PyFunction) {
            PyObject target = newMethod instanceof PyDescriptor d2 ? d2.ref(0) : newMethod;
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = t;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = Calls.call(ip, target, all, kwnames);
            if (!obj.type().isSubtypeOf(t)) {
                return obj;
            }
        } else {
            PyType builtinBase = solidBuiltinBase(ip, t);
            if (builtinBase != null && builtinBase.isSubtypeOf(ip.errors.type("BaseException"))) {
                obj = newException(ip, t, args);
            } else {
                obj = newInstance(ip, t);
            }
        }
        PyObject init = t.lookup("__init__");
        if (init instanceof PyFunction || init instanceof PyDescriptor) {
            PyObject r;
            try {
                PyObject[] all = new PyObject[args.length + 1];
                all[0] = obj;
                System.arraycopy(args, 0, all, 1, args.length);
                r = Calls.call(ip, init, all, kwnames);
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
        } else if (args.length > 0 && !(obj instanceof PyBaseException) && newMethod == null) {
            rt.decref(obj);
            throw ip.errors.typeError(t.name() + "() takes no arguments");
        }
        return obj;
    }

    private static PyType solidBuiltinBase(Interpreter ip, PyType t) {
        for (PyType k : t.mroList()) {
            if (!k.isHeapType()) {
                return k;
            }
        }
        return null;
    }

    /** {@code object.__new__} for a class: a fresh instance holding a reference to its class. */
    static PyInstance newInstance(Interpreter ip, PyType t) {
        Runtime rt = ip.rt;
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

    static int slotCount(PyType t) {
        int n = 0;
        for (PyType k : t.mroList()) {
            n += k.layout().slotNames().size();
        }
        return n;
    }

    static PyBaseException newException(Interpreter ip, PyType t, PyObject[] args) {
        PyBaseException e = ip.errors.instance(t, args);
        if (t.sharedKeys() != null) {
            t.sharedKeys().instanceCreated();
        }
        return e;
    }
}
