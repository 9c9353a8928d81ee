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

/**
 * The {@code gc} module, a thin facade over the run's {@link CycleCollector} (Modules/gcmodule.c's Python API):
 * one named function per Python function, registered from the list in {@code create}; each reaches the collector
 * through the interpreter it is called with and changes it only through its methods.
 */
public final class GcModule {
    private static final String NOT_AN_INTEGER = "'%T' object cannot be interpreted as an integer";

    private GcModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("gc"));
        n.def("collect", GcModule::collect);
        n.def("enable", GcModule::enable);
        n.def("disable", GcModule::disable);
        n.def("isenabled", GcModule::isenabled);
        n.def("get_threshold", GcModule::getThreshold);
        n.def("set_threshold", GcModule::setThreshold);
        n.def("get_count", GcModule::getCount);
        n.def("is_tracked", GcModule::isTracked);
        n.def("is_finalized", GcModule::isFinalized);
        n.def("get_referents", GcModule::getReferents);
        n.def("get_referrers", GcModule::getReferrers);
        n.def("get_objects", GcModule::getObjects);
        n.def("get_stats", GcModule::getStats);
        n.def("freeze", GcModule::freeze);
        n.def("unfreeze", GcModule::unfreeze);
        n.def("get_freeze_count", GcModule::getFreezeCount);
        n.def("set_debug", GcModule::setDebug);
        n.def("get_debug", GcModule::getDebug);
        n.value("garbage", ip.gcGarbage.newRef());
        n.value("callbacks", ip.gcCallbacks.newRef());
        n.value("DEBUG_STATS", rt.newInt(1));
        n.value("DEBUG_COLLECTABLE", rt.newInt(2));
        n.value("DEBUG_UNCOLLECTABLE", rt.newInt(4));
        n.value("DEBUG_SAVEALL", rt.newInt(CycleCollector.DEBUG_SAVEALL));
        n.value("DEBUG_LEAK", rt.newInt(38));
        return rt.track(new PyModule(rt.types.module, "gc", d));
    }

    /** {@code gc_collect_impl}: generation 2 unless told, and the number of unreachable objects found. */
    private static PyObject collect(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        PyObject g = npos > 0 ? a[0] : NativeTable.keyword(a, k, "generation");
        long gen = g == null ? 2 : ObjectProtocol.index(i, g, NOT_AN_INTEGER);
        if (gen < 0 || gen > 2) {
            throw i.errors.valueError("invalid generation");
        }
        // a full collection visits every tracked object, a few times over (gc_collect_main)
        i.work.charge(4 * i.rt.heap.liveObjects());
        long found = i.gc.collect((int) gen, true);
        return i.origins.probed(i.trace.lastExplicitCollection(), i.rt.newInt(found));
    }

    private static PyObject enable(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        i.gc.setEnabled(true);
        return i.rt.none;
    }

    private static PyObject disable(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        i.gc.setEnabled(false);
        return i.rt.none;
    }

    private static PyObject isenabled(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(i.gc.isEnabled());
    }

    private static PyObject getThreshold(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        CycleCollector gc = i.gc;
        return i.rt.newTuple(new PyObject[] {i.rt.newInt(gc.threshold(0)), i.rt.newInt(gc.threshold(1)),
                i.rt.newInt(gc.threshold(2))});
    }

    /** {@code gc_set_threshold}: one to three thresholds, the ones not given keep their value. */
    private static PyObject setThreshold(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "set_threshold", a, k, 1, 3);
        for (int x = 0; x < a.length; x++) {
            i.gc.setThreshold(x, ObjectProtocol.index(i, a[x], NOT_AN_INTEGER));
        }
        return i.rt.none;
    }

    private static PyObject getCount(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        Heap h = i.rt.heap;
        return i.rt.newTuple(new PyObject[] {i.rt.newInt(h.count(0)), i.rt.newInt(h.count(1)),
                i.rt.newInt(h.count(2))});
    }

    private static PyObject isTracked(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "is_tracked", a, k, 1, 1);
        return i.rt.bool(i.rt.heap.isTracked(a[0]));
    }

    private static PyObject isFinalized(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(a[0].gc() != null && a[0].gc().finalized);
    }

    /** {@code gc_get_referents_impl}: what each argument's {@code tp_traverse} visits. */
    private static PyObject getReferents(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : a) {
            if (o instanceof PyDict od) {
                if (!CollectionsReferents.addHead(i, od, out)) {
                    o.traverseExtras(r -> out.add(r.newRef()));
                }
                if (i.rt.heap.isInlineBacked(od)) {
                    // 3.13 dict_traverse skips values embedded in their instance
                    continue;
                }
                // dict_traverse: a table of str keys only visits the values; another, each value then its key
                boolean strKeys = true;
                for (int x = 0; x < od.entryCount(); x++) {
                    strKeys &= od.keyAt(x) == null || od.keyAt(x) instanceof PyStr;
                }
                for (int x = 0; x < od.entryCount(); x++) {
                    if (od.keyAt(x) != null) {
                        out.add(od.valueAt(x).newRef());
                        if (!strKeys) {
                            out.add(od.keyAt(x).newRef());
                        }
                    }
                }
                continue;
            }
            o.traverseAll(r -> out.add(r.newRef()));
        }
        return newList(i, out);
    }

    /** {@code gc_get_referrers_impl}: every tracked object whose {@code tp_traverse} visits an argument. */
    private static PyObject getReferrers(Interpreter i, PyObject self, PyObject[] a, String[] k) {
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
        return newList(i, out);
    }

    private static PyObject getObjects(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyObject g = a.length > 0 ? a[0] : NativeTable.keyword(a, k, "generation");
        List<PyObject> out = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            if (g == null || g == i.rt.none || ((PyInt) g).longValue() == x) {
                for (PyObject o : i.rt.heap.generation(x)) {
                    out.add(o.newRef());
                }
            }
        }
        return newList(i, out);
    }

    private static PyObject getStats(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyObject[] stats = new PyObject[3];
        for (int x = 0; x < 3; x++) {
            PyDict s = i.rt.newDict();
            i.storeIn(s, "collections", i.rt.newInt(i.gc.collections(x)));
            i.storeIn(s, "collected", i.rt.newInt(i.gc.collected(x)));
            i.storeIn(s, "uncollectable", i.rt.newInt(0));
            stats[x] = s;
        }
        return i.rt.track(new PyList(i.rt.types.list, stats));
    }

    private static PyObject freeze(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        i.gc.freeze();
        return i.rt.none;
    }

    private static PyObject unfreeze(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        i.gc.unfreeze();
        return i.rt.none;
    }

    private static PyObject getFreezeCount(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(i.gc.frozenCount());
    }

    private static PyObject setDebug(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        i.gc.setDebugFlags((int) ObjectProtocol.index(i, a[0], NOT_AN_INTEGER));
        return i.rt.none;
    }

    private static PyObject getDebug(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newInt(i.gc.debugFlags());
    }

    private static PyObject newList(Interpreter i, List<PyObject> owned) {
        return i.rt.track(new PyList(i.rt.types.list, owned.toArray(new PyObject[0])));
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
