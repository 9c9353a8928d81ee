package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.memory.CycleCollector;
import dev.heapgrader.engine.memory.Finalizers;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.types.PyModule;

import java.util.ArrayList;
import java.util.List;

/** The {@code gc} module, a thin facade over {@link CycleCollector} (Modules/gcmodule.c's Python API). */
public final class GcModule {
    private GcModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        CycleCollector gc = ip.gc;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("gc"));
        n.def("collect", (i, self, a, k) -> {
            int npos = NativeTable.positionalCount(a, k);
            PyObject g = npos > 0 ? a[0] : NativeTable.keyword(a, k, "generation");
            long gen = g == null ? 2 : ObjectProtocol.index(i, g, "'%T' object cannot be interpreted as an integer");
            if (gen < 0 || gen > 2) {
                throw i.errors.valueError("invalid generation");
            }
            return i.rt.newInt(gc.collect((int) gen, true));
        });
        n.def("enable", (i, self, a, k) -> {
            gc.enabled = true;
            gc.updateTrigger();
            return i.rt.none;
        });
        n.def("disable", (i, self, a, k) -> {
            gc.enabled = false;
            gc.updateTrigger();
            return i.rt.none;
        });
        n.def("isenabled", (i, self, a, k) -> i.rt.bool(gc.enabled));
        n.def("get_threshold", (i, self, a, k) -> i.rt.newTuple(new PyObject[] {i.rt.newInt(gc.thresholds[0]),
                i.rt.newInt(gc.thresholds[1]), i.rt.newInt(gc.thresholds[2])}));
        n.def("set_threshold", (i, self, a, k) -> {
            NativeTable.arity(i, "set_threshold", a, k, 1, 3);
            for (int x = 0; x < a.length; x++) {
                gc.thresholds[x] = ObjectProtocol.index(i, a[x], "'%T' object cannot be interpreted as an integer");
            }
            gc.updateTrigger();
            return i.rt.none;
        });
        n.def("get_count", (i, self, a, k) -> {
            Heap h = i.rt.heap;
            return i.rt.newTuple(new PyObject[] {i.rt.newInt(h.count(0)), i.rt.newInt(h.count(1)),
                    i.rt.newInt(h.count(2))});
        });
        n.def("is_tracked", (i, self, a, k) -> {
            NativeTable.arity(i, "is_tracked", a, k, 1, 1);
            return i.rt.bool(i.rt.heap.isTracked(a[0]));
        });
        n.def("is_finalized", (i, self, a, k) -> i.rt.bool(a[0].gc() != null && a[0].gc().finalized));
        n.def("get_referents", (i, self, a, k) -> {
            List<PyObject> out = new ArrayList<>();
            for (PyObject o : a) {
                if (o instanceof PyDict od) {
                    o.traverseExtras(r -> out.add(r.newRef()));
                    if (i.rt.heap.isInlineBacked(od)) {
                        // 3.13 dict_traverse skips values embedded in their instance
                        continue;
                    }
                    // dict_traverse: a table of str keys only visits the values
                    boolean strKeys = true;
                    for (int x = 0; x < od.entryCount(); x++) {
                        strKeys &= od.keyAt(x) == null || od.keyAt(x) instanceof PyStr;
                    }
                    for (int x = 0; x < od.entryCount(); x++) {
                        if (od.keyAt(x) != null) {
                            if (!strKeys) {
                                out.add(od.keyAt(x).newRef());
                            }
                            out.add(od.valueAt(x).newRef());
                        }
                    }
                    continue;
                }
                o.traverseAll(r -> out.add(r.newRef()));
            }
            return i.rt.track(new PyList(i.rt.types.list, out.toArray(new PyObject[0])));
        });
        n.def("get_referrers", (i, self, a, k) -> {
            List<PyObject> out = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                for (PyObject o : new ArrayList<>(i.rt.heap.generation(g))) {
                    boolean[] hit = {false};
                    o.traverseAll(r -> {
                        for (PyObject target : a) {
                            hit[0] |= r == target;
                        }
                    });
                    if (hit[0]) {
                        out.add(o.newRef());
                    }
                }
            }
            return i.rt.track(new PyList(i.rt.types.list, out.toArray(new PyObject[0])));
        });
        n.def("get_objects", (i, self, a, k) -> {
            PyObject g = a.length > 0 ? a[0] : NativeTable.keyword(a, k, "generation");
            List<PyObject> out = new ArrayList<>();
            for (int x = 0; x < 3; x++) {
                if (g == null || g == i.rt.none || ((PyInt) g).longValue() == x) {
                    for (PyObject o : i.rt.heap.generation(x)) {
                        out.add(o.newRef());
                    }
                }
            }
            return i.rt.track(new PyList(i.rt.types.list, out.toArray(new PyObject[0])));
        });
        n.def("get_stats", (i, self, a, k) -> {
            PyObject[] stats = new PyObject[3];
            for (int x = 0; x < 3; x++) {
                PyDict s = i.rt.newDict();
                i.storeIn(s, "collections", i.rt.newInt(gc.collections[x]));
                i.storeIn(s, "collected", i.rt.newInt(gc.collected[x]));
                i.storeIn(s, "uncollectable", i.rt.newInt(0));
                stats[x] = s;
            }
            return i.rt.track(new PyList(i.rt.types.list, stats));
        });
        n.def("freeze", (i, self, a, k) -> {
            for (int x = 0; x < 3; x++) {
                for (PyObject o : new ArrayList<>(i.rt.heap.generation(x))) {
                    i.rt.heap.moveTo(o, 3);
                }
            }
            return i.rt.none;
        });
        n.def("unfreeze", (i, self, a, k) -> {
            for (PyObject o : new ArrayList<>(i.rt.heap.generation(3))) {
                i.rt.heap.moveTo(o, 2);
            }
            gc.frozenByInterpreter = 0;
            return i.rt.none;
        });
        n.def("get_freeze_count", (i, self, a, k) -> i.rt.newInt(i.rt.heap.generation(3).size()
                + gc.frozenByInterpreter));
        n.def("set_debug", (i, self, a, k) -> {
            gc.debug = (int) ObjectProtocol.index(i, a[0], "'%T' object cannot be interpreted as an integer");
            return i.rt.none;
        });
        n.def("get_debug", (i, self, a, k) -> i.rt.newInt(gc.debug));
        n.value("garbage", ip.gcGarbage.newRef());
        n.value("callbacks", ip.gcCallbacks.newRef());
        n.value("DEBUG_STATS", rt.newInt(1));
        n.value("DEBUG_COLLECTABLE", rt.newInt(2));
        n.value("DEBUG_UNCOLLECTABLE", rt.newInt(4));
        n.value("DEBUG_SAVEALL", rt.newInt(CycleCollector.DEBUG_SAVEALL));
        n.value("DEBUG_LEAK", rt.newInt(38));
        return rt.track(new PyModule(rt.types.module, "gc", d));
    }

    /** Calls each {@code gc.callbacks} entry with the phase and an info dict. */
    public static void callbacks(Interpreter ip, String phase, int generation, long collected, long uncollectable) {
        PyList cbs = ip.gcCallbacks;
        if (cbs == null || cbs.size() == 0) {
            return;
        }
        InterpreterState rt = ip.rt;
        PyStr p = rt.newStr(phase);
        PyDict info = rt.newDict();
        ip.storeIn(info, "generation", rt.newInt(generation));
        ip.storeIn(info, "collected", rt.newInt(collected));
        ip.storeIn(info, "uncollectable", rt.newInt(uncollectable));
        try {
            for (PyObject cb : cbs.toArray()) {
                cb.incref();
                try {
                    rt.decref(Calls.call(ip, cb, new PyObject[] {p, info}, null));
                } catch (PyException e) {
                    Finalizers.unraisable(ip, e, Repr.repr(ip, cb));
                } finally {
                    rt.decref(cb);
                }
            }
        } finally {
            rt.decref(p);
            rt.decref(info);
        }
    }
}
