package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.FrameLocals;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.types.ObjectMethods;
import dev.heapgrader.engine.types.PyModule;

import java.util.TreeSet;

/**
 * The builtins that read or change attributes and namespaces (Python/bltinmodule.c {@code builtin_getattr},
 * {@code builtin_hasattr}, {@code builtin_setattr}, {@code builtin_delattr}, {@code builtin_vars},
 * {@code builtin_dir}, {@code builtin_globals}, {@code builtin_locals}), registered in {@code BuiltinsModule}'s
 * list.
 */
final class NamespaceBuiltins {
    private NamespaceBuiltins() {
    }

    private static PyObject dir(Interpreter ip, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "dir", a, k, 0, 1);
        TreeSet<String> names = new TreeSet<>();
        if (a.length == 0) {
            Frame f = ip.current;
            if (f.locals != null) {
                for (PyObject key : f.locals.keyArray()) {
                    names.add(key.toString());
                }
            } else {
                for (int i = 0; i < f.code.varnames.length; i++) {
                    if (f.fast[i] != null) {
                        names.add(f.code.varnames[i]);
                    }
                }
            }
        } else {
            PyObject o = a[0];
            if (o instanceof PyModule m) {
                for (PyObject key : m.dict.keyArray()) {
                    names.add(key.toString());
                }
            } else {
                if (o instanceof PyInstance inst && inst.attrs() != null) {
                    for (PyObject key : inst.attrs().keyArray()) {
                        names.add(key.toString());
                    }
                }
                PyType t = o instanceof PyType pt ? pt : o.type();
                for (PyType c : t.mroList()) {
                    for (PyObject key : c.dict().keyArray()) {
                        names.add(key.toString());
                    }
                }
                names.addAll(ObjectMethods.NAMES);
            }
        }
        PyObject[] items = new PyObject[names.size()];
        int j = 0;
        for (String s : names) {
            items[j++] = ip.rt.newStr(s);
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    static PyObject getattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "getattr", a, k, 2, 3);
        String name = NativeTable.str(i, a[1], "attribute name");
        if (a.length == 3) {
            try {
                PyObject v = Attributes.find(i, a[0], name);
                return v != null ? v : a[2].newRef();
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(i.errors.type("AttributeError"))) {
                    i.rt.decref(e.value());
                    return a[2].newRef();
                }
                throw e;
            }
        }
        return Attributes.get(i, a[0], name);
    }

    static PyObject hasattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "hasattr", a, k, 2, 2);
        try {
            PyObject v = Attributes.find(i, a[0], NativeTable.str(i, a[1], "attribute name"));
            i.rt.xdecref(v);
            return i.rt.bool(v != null);
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(i.errors.type("AttributeError"))) {
                i.rt.decref(e.value());
                return i.rt.falseObj;
            }
            throw e;
        }
    }

    static PyObject setattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "setattr", a, k, 3, 3);
        Attributes.set(i, a[0], NativeTable.str(i, a[1], "attribute name"), a[2]);
        return i.rt.none;
    }

    static PyObject delattr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "delattr", a, k, 2, 2);
        Attributes.delete(i, a[0], NativeTable.str(i, a[1], "attribute name"));
        return i.rt.none;
    }

    static PyObject vars(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "vars", a, k, 0, 1);
        if (a.length == 0) {
            return i.current.locals != null ? i.current.locals.newRef() : i.current.globals.newRef();
        }
        PyObject dict = Attributes.find(i, a[0], "__dict__");
        if (dict == null) {
            throw i.errors.typeError("vars() argument must have __dict__ attribute");
        }
        return dict;
    }

    static PyObject dirMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return dir(i, a, k);
    }

    static PyObject globals(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.current.globals.newRef();
    }

    static PyObject locals(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.current.locals != null ? i.current.locals.newRef()
                : FrameLocals.snapshot(i, i.current);
    }
}
