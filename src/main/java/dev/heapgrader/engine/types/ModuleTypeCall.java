package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * Calling a type that a module defines in Java with its own {@code __new__} and {@code __init__} (such as
 * {@code collections.deque}): Objects/typeobject.c {@code type_call}, {@code tp_new} then, when the result is an
 * instance of the type, {@code tp_init} with the same arguments.
 */
final class ModuleTypeCall {
    private ModuleTypeCall() {
    }

    static PyObject call(Interpreter ip, PyType t, PyObject[] args, String[] kwnames) {
        PyObject newMethod = t.lookup("__new__");
        PyObject target = newMethod instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD
                ? d.ref(0) : newMethod;
        PyObject[] withType = new PyObject[args.length + 1];
        withType[0] = t;
        System.arraycopy(args, 0, withType, 1, args.length);
        PyObject obj = Calls.call(ip, target, withType, kwnames);
        if (!obj.type().isSubtypeOf(t)) {
            return obj;
        }
        PyObject[] withSelf = new PyObject[args.length + 1];
        withSelf[0] = obj;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        try {
            ip.rt.decref(Calls.call(ip, t.lookup("__init__"), withSelf, kwnames));
        } catch (PyException e) {
            ip.rt.decref(obj);
            throw e;
        }
        return obj;
    }
}
