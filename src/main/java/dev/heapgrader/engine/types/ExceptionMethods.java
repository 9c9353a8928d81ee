package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;

/**
 * {@code BaseException.__new__} and {@code __init__} (Objects/exceptions.c): both store the call's arguments as
 * {@code args}, so a subclass that never calls {@code super().__init__} still has them.
 */
public final class ExceptionMethods {
    private ExceptionMethods() {
    }

    /** Assigning {@code args}, {@code __traceback__}, {@code __cause__} or {@code __context__}; false otherwise. */
    public static boolean setSpecial(Interpreter ip, PyBaseException be, String name, PyObject value) {
        InterpreterState rt = ip.rt;
        switch (name) {
            case "args" -> {
                java.util.List<PyObject> items = Containers.sequenceItems(ip, value);
                rt.xdecref(be.setArgs(rt.newTuple(items.toArray(new PyObject[0]))));
                return true;
            }
            case "__traceback__" -> {
                if (value == rt.none) {
                    be.dropTraceback(rt::decref);
                }
                return true;
            }
            case "__cause__" -> {
                rt.xdecref(be.setCause(value == rt.none ? null : value.newRef()));
                return true;
            }
            case "__context__" -> {
                rt.xdecref(be.setContext(value == rt.none ? null : value.newRef()));
                return true;
            }
            case "__suppress_context__" -> {
                be.setSuppressContext(ObjectProtocol.truthy(ip, value));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    static void install(Interpreter ip, PyType base) {
        InterpreterState rt = ip.rt;
        PyBuiltin newImpl = rt.track(new PyBuiltin(rt.types.builtinFunction, "__new__", (i, self, a, k) -> {
            PyType t = (PyType) a[0];
            PyObject[] rest = new PyObject[NativeTable.positionalCount(a, k) - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return InstanceCreation.newException(i, t, rest);
        }, null, null));
        ip.storeIn(base.dict(), "__new__", rt.track(new PyDescriptor(rt.types.staticmethod,
                PyDescriptor.Kind.STATICMETHOD, "__new__", -1, newImpl)));
        NativeTable n = new NativeTable(ip, base.dict(), base);
        n.def("__init__", ExceptionMethods::init);
        n.def("with_traceback", ExceptionMethods::withTraceback);
    }

    private static PyObject init(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyObject[] owned = new PyObject[NativeTable.positionalCount(a, k)];
        for (int x = 0; x < owned.length; x++) {
            owned[x] = a[x].newRef();
        }
        PyTuple old = ((PyBaseException) self).setArgs(i.rt.newTuple(owned));
        i.rt.xdecref(old);
        return i.rt.none;
    }

    private static PyObject withTraceback(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return self.newRef();
    }
}
