package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.memory.Finalizers;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.PyModule;

import java.util.ArrayList;
import java.util.List;
import dev.heapgrader.engine.types.PyDeque;

/**
 * The {@code weakref} module: {@code ref} (a basic reference without callback is shared, as
 * Objects/weakrefobject.c {@code weakref___new__} reuses it), {@code getweakrefcount}, {@code getweakrefs}, the
 * weak-reference lists of every weakly referenceable type, weakref equality and hashing
 * ({@code weakref_richcompare}, {@code weakref_hash}), and the Python classes of {@link WeakrefPrelude}.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("weakref"));
        n.value("ref", rt.types.weakref);
        n.value("ReferenceType", rt.types.weakref);
        n.def("getweakrefcount", WeakrefModule::getweakrefcount);
        n.def("getweakrefs", WeakrefModule::getweakrefs);
        PyModule m = rt.track(new PyModule(rt.types.module, "weakref", d));
        WeakrefPrelude.install(ip, d);
        return m;
    }

    /** Whether {@code o}'s type has a weak-reference list ({@code tp_weaklistoffset != 0}). */
    public static boolean weakrefable(PyObject o) {
        // an instance of a class derived from a builtin has a weaklist when type_new added one (may_add_weak)
        if (o instanceof PyInstance || o.extras() != null) {
            return supportsWeakrefs(o.type());
        }
        return o instanceof PyFunction || o instanceof PyType || o instanceof PySet || o instanceof PyGenerator
                || o instanceof PyMethod || o instanceof PyModule
                // dequeobject's weakreflist (tp_weaklistoffset)
                || o instanceof PyDeque;
    }

    /** The weakref list of {@code o}, oldest first; null when it has none (and {@code create} is false). */
    public static List<PyWeakref> list(Interpreter ip, PyObject o, boolean create) {
        if (o instanceof PyInstance inst) {
            return inst.weakrefs();
        }
        return ip.rt.heap.weakList(o, create);
    }

    private static void add(Interpreter ip, PyObject target, PyWeakref ref) {
        if (target instanceof PyInstance inst) {
            inst.addWeakref(ref);
        } else {
            ip.rt.heap.weakList(target, true).add(ref);
        }
    }

    /** {@code weakref.ref(obj[, callback])}. */
    public static PyObject newRef(Interpreter ip, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        NativeTable.arity(ip, "ref", a, k, 1, 2);
        PyObject target = a[0];
        if (!weakrefable(target)) {
            throw ip.errors.typeError("cannot create weak reference to '" + target.type().name() + "' object");
        }
        PyObject callback = a.length > 1 && a[1] != rt.none ? a[1] : null;
        List<PyWeakref> existing = list(ip, target, false);
        if (callback == null && existing != null) {
            for (PyWeakref w : existing) {
                if (w.callback() == null) {
                    return w.newRef();
                }
            }
        }
        PyWeakref ref = rt.track(new PyWeakref(rt.types.weakref, target, callback == null ? null
                : callback.newRef()));
        add(ip, target, ref);
        return ref;
    }

    /** {@code weakref_dealloc} → {@code clear_weakref}: a dying weakref leaves its referent's list. */
    public static void unlink(Interpreter ip, PyWeakref w) {
        PyObject target = w.referent();
        if (target == null) {
            return;
        }
        List<PyWeakref> l = list(ip, target, false);
        if (l != null) {
            l.remove(w);
            if (l.isEmpty() && !(target instanceof PyInstance)) {
                ip.rt.heap.dropWeakList(target);
            }
        }
    }

    /**
     * Objects/weakrefobject.c {@code PyObject_ClearWeakRefs}: every weakref is cleared first, then the callbacks
     * run, newest reference first. During interpreter shutdown callbacks are dropped (the engine's reading of
     * what CPython prints: no weakref callback ever appears after the main module is torn down).
     */
    public static void clearAll(Interpreter ip, PyObject o) {
        List<PyWeakref> refs = list(ip, o, false);
        if (refs == null || refs.isEmpty()) {
            return;
        }
        List<PyWeakref> all = new ArrayList<>(refs);
        refs.clear();
        if (!(o instanceof PyInstance)) {
            ip.rt.heap.dropWeakList(o);
        }
        List<PyObject[]> callbacks = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            PyWeakref w = all.get(i);
            PyObject cb = w.clear();
            if (cb != null) {
                if (ip.gc.atExit) {
                    ip.rt.decref(cb);
                } else {
                    callbacks.add(new PyObject[] {w.newRef(), cb});
                }
            }
        }
        for (PyObject[] pair : callbacks) {
            Finalizers.callWeakrefCallback(ip, pair[0], pair[1]);
            ip.rt.decref(pair[1]);
            ip.rt.decref(pair[0]);
        }
    }

    static boolean supportsWeakrefs(PyType t) {
        for (PyType k : t.mroList()) {
            if (k.layout().weakrefSlot()) {
                return true;
            }
        }
        // BaseException has no weaklist (Objects/exceptions.c); a subclass has one only if type_new added it
        return false;
    }

    private static PyObject getweakrefcount(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "getweakrefcount", a, k, 1, 1);
        List<PyWeakref> refs = list(i, a[0], false);
        return i.rt.newInt(refs == null ? 0 : refs.size());
    }

    private static PyObject getweakrefs(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "getweakrefs", a, k, 1, 1);
        List<PyWeakref> refs = list(i, a[0], false);
        PyObject[] items = new PyObject[refs == null ? 0 : refs.size()];
        for (int x = 0; x < items.length; x++) {
            items[x] = refs.get(x).newRef();
        }
        return i.rt.track(new PyList(i.rt.types.list, items));
    }
}
