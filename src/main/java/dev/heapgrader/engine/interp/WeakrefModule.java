package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;

import java.util.List;

/**
 * The {@code weakref} module: {@code ref} (a basic reference without callback is shared, as
 * Objects/weakrefobject.c {@code weakref___new__} reuses it), {@code getweakrefcount} and {@code getweakrefs}.
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    static PyModule create(Interpreter ip) {
        Runtime rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("weakref"));
        n.value("ref", rt.types.weakref);
        n.value("ReferenceType", rt.types.weakref);
        n.def("getweakrefcount", (i, self, a, k) -> {
            NativeTable.arity(i, "getweakrefcount", a, k, 1, 1);
            List<PyWeakref> refs = a[0] instanceof PyInstance inst ? inst.weakrefs() : null;
            return i.rt.newInt(refs == null ? 0 : refs.size());
        });
        n.def("getweakrefs", (i, self, a, k) -> {
            NativeTable.arity(i, "getweakrefs", a, k, 1, 1);
            List<PyWeakref> refs = a[0] instanceof PyInstance inst ? inst.weakrefs() : null;
            PyObject[] items = new PyObject[refs == null ? 0 : refs.size()];
            for (int x = 0; x < items.length; x++) {
                items[x] = refs.get(x).newRef();
            }
            return i.rt.track(new PyList(i.rt.types.list, items));
        });
        return rt.track(new PyModule(rt.types.module, "weakref", d));
    }

    /** {@code weakref.ref(obj[, callback])}. */
    static PyObject newRef(Interpreter ip, PyObject[] a, String[] k) {
        Runtime rt = ip.rt;
        NativeTable.arity(ip, "ref", a, k, 1, 2);
        PyObject target = a[0];
        if (!(target instanceof PyInstance inst) || !supportsWeakrefs(target.type())) {
            throw ip.errors.typeError("cannot create weak reference to '" + target.type().name() + "' object");
        }
        PyObject callback = a.length > 1 && a[1] != rt.none ? a[1] : null;
        if (callback == null && inst.weakrefs() != null) {
            for (PyWeakref w : inst.weakrefs()) {
                if (w.callback() == null) {
                    return w.newRef();
                }
            }
        }
        PyWeakref ref = rt.track(new PyWeakref(rt.types.weakref, target, callback == null ? null
                : callback.newRef()));
        inst.addWeakref(ref);
        return ref;
    }

    static boolean supportsWeakrefs(PyType t) {
        for (PyType k : t.mroList()) {
            if (k.layout().weakrefSlot()) {
                return true;
            }
        }
        return t.isSubtypeOf(t) && t.mroList().stream().anyMatch(k -> k.name().equals("BaseException")
                && !k.isHeapType());
    }
}
