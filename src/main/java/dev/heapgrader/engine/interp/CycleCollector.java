package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython's generational cycle collector (Modules/gcmodule.c {@code gc_collect_main}; Python/gc.c in 3.13):
 * subtract internal references to find what only the young generations reach, clear weakrefs to that garbage
 * (calling callbacks of weakrefs that survive), run {@code __del__} once per object (PEP 442), spare anything a
 * finalizer resurrected, then break the remaining cycles with each type's {@code tp_clear}.
 */
final class CycleCollector {
    static final int DEBUG_SAVEALL = 1 << 5;

    private final Interpreter ip;
    boolean enabled = true;
    boolean collecting;
    /** Set once the interpreter starts tearing down the main module: weakref callbacks no longer run. */
    boolean atExit;
    int debug;
    final long[] thresholds;
    long longLivedTotal;
    long longLivedPending;
    final long[] collections = new long[3];
    final long[] collected = new long[3];

    CycleCollector(Interpreter ip) {
        this.ip = ip;
        this.thresholds = new long[] {ip.rt.version.gcThreshold0(), 10, 10};
    }

    /** Collects generation {@code gen} and returns the number of unreachable objects found. */
    long collect(int gen, boolean explicit) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            GcModule.callbacks(ip, "start", gen, 0, 0);
            long n = run(gen, explicit);
            GcModule.callbacks(ip, "stop", gen, n, 0);
            return n;
        } finally {
            collecting = false;
        }
    }

    private long run(int gen, boolean explicit) {
        Runtime rt = ip.rt;
        Heap heap = rt.heap;
        int old = gen == 2 ? 2 : gen + 1;
        List<PyObject> young = new ArrayList<>(heap.generation(gen));
        for (int i = 0; i < gen; i++) {
            young.addAll(heap.generation(i));
        }
        if (gen + 1 < 3) {
            heap.setCount(gen + 1, heap.count(gen + 1) + 1);
        }
        for (int i = 0; i <= gen; i++) {
            heap.setCount(i, 0);
        }
        Set<PyObject> youngSet = identitySet(young);
        Map<PyObject, Long> refs = externalRefs(young, youngSet);
        Set<PyObject> reachable = reach(young, youngSet, refs);
        List<PyObject> survivors = new ArrayList<>();
        List<PyObject> unreachable = new ArrayList<>();
        for (PyObject o : young) {
            (reachable.contains(o) ? survivors : unreachable).add(o);
        }
        for (PyObject o : survivors) {
            if (o instanceof PyTuple t && allAtomic(t)) {
                heap.untrack(o);
            } else if (gen == 2 && o instanceof PyDict d && allAtomic(d)) {
                heap.untrack(o);
            } else {
                heap.moveTo(o, old);
            }
        }
        if (gen == 1) {
            longLivedPending += survivors.size();
        } else if (gen == 2) {
            longLivedTotal = survivors.size();
            longLivedPending = 0;
        }
        for (PyObject o : unreachable) {
            o.incref();
        }
        handleWeakrefs(unreachable);
        finalize(unreachable);
        List<PyObject> garbage = dropResurrected(unreachable, old);
        long count = garbage.size();
        List<String> types = new ArrayList<>();
        for (PyObject o : garbage) {
            types.add(o.type().name());
        }
        ip.trace.collection(ip, gen, explicit, count, 0, types);
        collections[gen]++;
        collected[gen] += count;
        deleteGarbage(garbage);
        for (PyObject o : unreachable) {
            if (!garbage.contains(o)) {
                rt.decref(o);
            }
        }
        return count;
    }

    private static Set<PyObject> identitySet(List<PyObject> objects) {
        Set<PyObject> s = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(objects);
        return s;
    }

    /** {@code update_refs} + {@code subtract_refs}: references from outside the set, per object. */
    private Map<PyObject, Long> externalRefs(List<PyObject> objects, Set<PyObject> set) {
        Map<PyObject, Long> refs = new IdentityHashMap<>();
        for (PyObject o : objects) {
            refs.put(o, o.isImmortal() ? Long.MAX_VALUE / 2 : o.refcnt());
        }
        for (PyObject o : objects) {
            o.traverse(r -> {
                if (set.contains(r)) {
                    refs.merge(r, -1L, Long::sum);
                }
            });
        }
        return refs;
    }

    /** {@code move_unreachable}: everything reachable from an object with outside references survives. */
    private static Set<PyObject> reach(List<PyObject> objects, Set<PyObject> set, Map<PyObject, Long> refs) {
        Set<PyObject> reachable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PyObject> work = new ArrayDeque<>();
        for (PyObject o : objects) {
            if (refs.get(o) > 0) {
                reachable.add(o);
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            PyObject o = work.poll();
            o.traverse(r -> {
                if (set.contains(r) && reachable.add(r)) {
                    work.add(r);
                }
            });
        }
        return reachable;
    }

    private static boolean allAtomic(PyTuple t) {
        for (PyObject o : t.items()) {
            if (Runtime.mayBeTracked(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAtomic(PyDict d) {
        for (int i = 0; i < d.entryCount(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null && (Runtime.mayBeTracked(k) || Runtime.mayBeTracked(d.valueAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code handle_weakrefs}: clear weakrefs to garbage; call the callback only when the weakref survives. */
    private void handleWeakrefs(List<PyObject> unreachable) {
        Set<PyObject> set = identitySet(unreachable);
        List<PyObject[]> calls = new ArrayList<>();
        for (PyObject o : unreachable) {
            if (o instanceof PyInstance inst && inst.weakrefs() != null && !inst.weakrefs().isEmpty()) {
                List<PyWeakref> refs = new ArrayList<>(inst.weakrefs());
                inst.weakrefs().clear();
                for (int i = refs.size() - 1; i >= 0; i--) {
                    PyWeakref w = refs.get(i);
                    PyObject cb = w.clear();
                    if (cb != null) {
                        if (set.contains(w)) {
                            ip.rt.decref(cb);
                        } else {
                            calls.add(new PyObject[] {w.newRef(), cb});
                        }
                    }
                }
            }
        }
        for (PyObject[] c : calls) {
            Finalizers.callWeakrefCallback(ip, c[0], c[1]);
            ip.rt.decref(c[1]);
            ip.rt.decref(c[0]);
        }
    }

    /** {@code finalize_garbage}: each {@code __del__} runs at most once (PEP 442), in list order. */
    private void finalize(List<PyObject> unreachable) {
        for (PyObject o : new ArrayList<>(unreachable)) {
            if (o instanceof PyInstance && o.gc() != null && !o.gc().finalized) {
                PyObject del = o.type().lookup("__del__");
                if (del != null && o.type().isHeapType()) {
                    o.gc().finalized = true;
                    Finalizers.callDel(ip, o, del);
                }
            }
        }
    }

    /** {@code handle_resurrected_objects}: anything reachable again moves to the old generation. */
    private List<PyObject> dropResurrected(List<PyObject> unreachable, int old) {
        Set<PyObject> set = identitySet(unreachable);
        Map<PyObject, Long> refs = new IdentityHashMap<>();
        for (PyObject o : unreachable) {
            // each object carries the collector's own temporary reference
            refs.put(o, o.refcnt() - 1);
        }
        for (PyObject o : unreachable) {
            o.traverse(r -> {
                if (set.contains(r)) {
                    refs.merge(r, -1L, Long::sum);
                }
            });
        }
        Set<PyObject> alive = reach(unreachable, set, refs);
        List<PyObject> garbage = new ArrayList<>();
        for (PyObject o : unreachable) {
            if (alive.contains(o)) {
                if (ip.rt.heap.isTracked(o)) {
                    ip.rt.heap.moveTo(o, old);
                }
            } else {
                garbage.add(o);
            }
        }
        return garbage;
    }

    /** {@code delete_garbage}: DEBUG_SAVEALL keeps everything in {@code gc.garbage}; otherwise tp_clear. */
    private void deleteGarbage(List<PyObject> garbage) {
        Runtime rt = ip.rt;
        if ((debug & DEBUG_SAVEALL) != 0) {
            for (PyObject o : garbage) {
                Containers.listAppend(ip, ip.gcGarbage, o.newRef());
            }
        } else {
            for (PyObject o : garbage) {
                if (o.refcnt() > 1) {
                    clear(o);
                }
            }
        }
        for (PyObject o : garbage) {
            rt.decref(o);
        }
    }

    /** The type's {@code tp_clear}: drop the references that can form cycles. */
    private void clear(PyObject o) {
        Runtime rt = ip.rt;
        if (o instanceof PyInstance inst && !(o instanceof PyBaseException)) {
            PyObject[] slots = inst.slots();
            for (int i = 0; i < slots.length; i++) {
                PyObject v = slots[i];
                slots[i] = null;
                rt.xdecref(v);
            }
            PyDict attrs = inst.attrs();
            if (attrs != null) {
                if (inst.dictMaterialized()) {
                    for (PyObject v : attrs.clearAll()) {
                        rt.decref(v);
                    }
                } else {
                    for (PyObject v : attrs.clearAll()) {
                        rt.decref(v);
                    }
                }
            }
        } else if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyFunction
                || o instanceof PyCell || o instanceof PyBaseException || o instanceof PyModule) {
            o.clearReferences(rt::decref);
        } else if (o instanceof PyType t && t.isHeapType()) {
            for (PyObject v : t.dict().clearAll()) {
                rt.decref(v);
            }
        }
    }

    /** Automatic collection after an allocation pushed generation 0 past its threshold. */
    void maybeCollect() {
        Heap heap = ip.rt.heap;
        if (!enabled || collecting || heap.count(0) <= thresholds[0] || thresholds[0] == 0) {
            return;
        }
        for (int i = 2; i >= 0; i--) {
            if (heap.count(i) > thresholds[i] || i == 0) {
                if (i == 2 && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                collect(i, false);
                return;
            }
        }
    }
}
