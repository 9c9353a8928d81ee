package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.Metaclasses;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * The methods of {@code type} a metaclass written in Python reaches through {@code super()} or by name
 * (Objects/typeobject.c {@code type_methods} and slots): {@code __new__}, {@code __init__}, {@code __call__} and
 * the classmethod {@code __prepare__}.
 */
final class MetatypeMethods {
    private MetatypeMethods() {
    }

    static void install(Interpreter ip, PyType type) {
        InterpreterState rt = ip.rt;
        PyBuiltin typeNew = rt.track(new PyBuiltin(rt.types.builtinFunction, "__new__",
                (i, self, a, k) -> Metaclasses.typeNewCall(i, a, k), null, null));
        ip.storeIn(type.dict(), "__new__", rt.track(new PyDescriptor(rt.types.staticmethod,
                PyDescriptor.Kind.STATICMETHOD, "__new__", -1, typeNew)));
        NativeTable n = new NativeTable(ip, type.dict(), type);
        n.def("__init__", MetatypeMethods::init);
        n.def("__call__", MetatypeMethods::call);
        PyBuiltin prepare = rt.track(new PyBuiltin(rt.types.builtinFunction, "__prepare__",
                MetatypeMethods::prepare, null, null));
        ip.storeIn(type.dict(), "__prepare__", rt.track(new PyDescriptor(rt.types.classmethod,
                PyDescriptor.Kind.CLASSMETHOD, "__prepare__", -1, prepare)));
    }

    /** {@code type_init}: checks the argument count only; {@code type_new} did the work. */
    private static PyObject init(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        if (k != null && k.length > 0 && npos == 1) {
            throw i.errors.typeError("type.__init__() takes no keyword arguments");
        }
        if (npos != 1 && npos != 3) {
            throw i.errors.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return i.rt.none;
    }

    /** {@code type_call}, for a metaclass's {@code __call__} that calls {@code super().__call__(...)}. */
    private static PyObject call(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return InstanceCreation.construct(i, (PyType) self, a, k);
    }

    /** {@code type___prepare__}: a new empty dict, whatever the arguments. */
    private static PyObject prepare(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newDict();
    }
}
