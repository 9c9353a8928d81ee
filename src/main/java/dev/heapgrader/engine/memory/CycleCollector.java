package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.TraceRecorder;
import dev.heapgrader.engine.modules.GcModule;
import dev.heapgrader.engine.modules.WeakrefModule;
import dev.heapgrader.engine.object.GcLinks;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.PyGenerator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CPython's generational cycle collector (Modules/gcmodule.c {@code gc_collect_main}; Python/gc.c in 3.13):
 * subtract internal references to find what only the young generations reach, clear weakrefs to that garbage
 * (calling callbacks of weakrefs that survive), run {@code __del__} once per object (PEP 442), spare anything a
 * finalizer resurrected, then break the remaining cycles with each type's {@code tp_clear}.
 */
public final class CycleCollector {
    public static final int DEBUG_SAVEALL = 1 << 5;

    private final Interpreter ip;
    private boolean enabled = true;
    boolean collecting;
    /** Set once the interpreter starts tearing down the main module: weakref callbacks no longer run. */
    public boolean atExit;
    private int debug;
    private final long[] thresholds;
    long longLivedTotal;
    long longLivedPending;
    /**
     * Objects the interpreter itself keeps in the permanent generation: 3.12's {@code update_refs} moves the
     * immortal objects it meets there (375 at startup in 3.12.1), {@code unfreeze} gives them back, and the next
     * collection moves them again.
     */
    private long frozenByInterpreter;
    private final long[] collections = new long[3];
    private final long[] collected = new long[3];
    private final Reachability reachability = new Reachability();

    public CycleCollector(Interpreter ip) {
        this.ip = ip;
        this.thresholds = new long[] {ip.rt.version.gcThreshold0(), 10, 10};
        this.frozenByInterpreter = ip.rt.version.frozenStartupObjects();
        ip.rt.heap.setCollectAbove(thresholds[0]);
    }

    /** Collects generation {@code gen} and returns the number of unreachable objects found. */
    public long collect(int gen, boolean explicit) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        updateTrigger();
        try {
            GcModule.callbacks(ip, "start", gen, 0, 0);
            long n = run(gen, explicit);
            GcModule.callbacks(ip, "stop", gen, n, 0);
            return n;
        } finally {
            collecting = false;
            updateTrigger();
        }
    }

    private long run(int gen, boolean explicit) {
        InterpreterState rt = ip.rt;
        Heap heap = rt.heap;
        int old = gen == 2 ? 2 : gen + 1;
        frozenByInterpreter = rt.version.frozenStartupObjects();
        if (gen + 1 < 3) {
            heap.setCount(gen + 1, heap.count(gen + 1) + 1);
        }
        for (int i = 0; i <= gen; i++) {
            heap.setCount(i, 0);
        }
        // gc_collect_main: the younger lists are appended to the collected generation's list, in order
        int examined = reachability.load(heap, gen);
        // update_refs, subtract_refs and move_unreachable visit each examined object's references a few times:
        // a heap of million-item lists takes seconds to collect, so that work counts toward the time limit
        ip.work.charge(4L * examined);
        if (ip.timeline != null) {
            ip.timeline.collectionStarted(gen, explicit, reachability.examined());
        }
        int pass = reachability.externalRefs();
        List<PyObject> unreachable = new ArrayList<>();
        reachability.moveUnreachable(pass, unreachable);
        AtomicContainers.untrackTuples(ip.rt, reachability.survivingContainers());
        if (gen == 2) {
            AtomicContainers.untrackDicts(ip.rt, reachability.survivingContainers());
            longLivedTotal = reachability.survivorCount();
            longLivedPending = 0;
        } else if (gen == 1) {
            longLivedPending += reachability.survivorCount();
        }
        // the unreachable objects wait in the scratch list; a deallocation removes one from it, as
        // PyObject_GC_UnTrack unlinks it from CPython's unreachable list
        for (PyObject o : unreachable) {
            heap.moveTo(o, Heap.COLLECTING);
        }
        heap.promoteSurvivors(gen, old, reachability.survivors(), reachability.survivorsFrom(),
                reachability.survivorsTo());
        reachability.release();
        long freedWeakrefs = handleWeakrefs(new ArrayList<>(heap.generation(Heap.COLLECTING)));
        long finalizers = finalizeGarbage(old);
        List<PyObject> garbage = handleResurrected(old);
        long count = garbage.size() + freedWeakrefs;
        List<String> types = new ArrayList<>();
        for (PyObject o : garbage) {
            types.add(o.type().name());
        }
        List<List<String>> cycles = UnreachableCycles.of(garbage);
        int line = TraceRecorder.currentLine(ip);
        collections[gen]++;
        collected[gen] += count;
        long liveBefore = heap.liveObjects();
        if (ip.timeline != null) {
            ip.timeline.collectionFound(unreachable, garbage);
        }
        deleteGarbage(old);
        if (ip.timeline != null) {
            ip.timeline.collectionDone(count);
        }
        ip.trace.collection(ip, new TraceEvent.Collection(line, gen, explicit, count, 0, List.copyOf(types),
                examined, cycles, finalizers, liveBefore - heap.liveObjects()));
        return count;
    }

    private boolean stillCollecting(PyObject o) {
        return o.gc() != null && o.gc().tracked && o.gc().generation == Heap.COLLECTING;
    }

    /**
     * {@code handle_weakrefs}: every weakref to a garbage object is cleared; a callback runs only when the weakref
     * itself is not garbage, before any {@code __del__}. Returns how many of those weakrefs died during their own
     * callback, which CPython adds to the collected count.
     */
    private long handleWeakrefs(List<PyObject> unreachable) {
        List<PyObject[]> calls = new ArrayList<>();
        for (PyObject o : unreachable) {
            List<PyWeakref> list = WeakrefModule.list(ip, o, false);
            if (list == null || list.isEmpty()) {
                continue;
            }
            List<PyWeakref> refs = new ArrayList<>(list);
            list.clear();
            if (!(o instanceof PyInstance)) {
                ip.rt.heap.dropWeakList(o);
            }
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyWeakref w = refs.get(i);
                if (w.callback() == null || stillCollecting(w)) {
                    // a weakref that is garbage itself keeps its callback until its tp_clear
                    w.clearReferent();
                    continue;
                }
                PyObject cb = w.clear();
                calls.add(new PyObject[] {w.newRef(), cb});
            }
        }
        long freed = 0;
        for (PyObject[] c : calls) {
            Finalizers.callWeakrefCallback(ip, c[0], c[1]);
            ip.rt.decref(c[1]);
            if (c[0].refcnt() == 1) {
                freed++;
            }
            ip.rt.decref(c[0]);
        }
        return freed;
    }

    /**
     * {@code finalize_garbage}: {@code __del__} (and a suspended generator's close) runs at most once per object
     * (PEP 442), in list order, each object held only for the duration of its call; a finalizer that breaks the
     * cycle frees objects at once and they leave the list.
     */
    /** {@code finalize_garbage}: each finalizer once, in list order; returns how many ran. */
    private long finalizeGarbage(int old) {
        InterpreterState rt = ip.rt;
        long called = 0;
        for (PyObject o : new ArrayList<>(rt.heap.generation(Heap.COLLECTING))) {
            if (!stillCollecting(o) || o.gc().finalized) {
                continue;
            }
            if ((o instanceof PyInstance || o.extras() != null) && o.type().isHeapType()) {
                PyObject del = o.type().lookup("__del__");
                if (del != null) {
                    o.gc().finalized = true;
                    o.incref();
                    Finalizers.callDel(ip, o, del);
                    rt.decref(o);
                    called++;
                }
            } else if (o instanceof PyGenerator g && !g.finished()
                    && (g.started || rt.version.finalizesUnstartedGenerator())) {
                o.gc().finalized = true;
                o.incref();
                Finalizers.closeGenerator(ip, g);
                rt.decref(o);
                called++;
            }
        }
        return called;
    }

    /**
     * {@code handle_resurrected_objects}: reachability is recomputed inside what is left; anything with outside
     * references again, and all it reaches, moves to the old generation and is not counted.
     */
    private List<PyObject> handleResurrected(int old) {
        Heap heap = ip.rt.heap;
        List<PyObject> left = new ArrayList<>(heap.generation(Heap.COLLECTING));
        int pass = reachability.externalRefs(left.toArray(new PyObject[0]), left.size());
        List<PyObject> garbage = new ArrayList<>();
        List<PyObject> resurrected = new ArrayList<>();
        moveUnreachableSimple(left, pass, resurrected, garbage);
        for (PyObject o : resurrected) {
            heap.moveTo(o, old);
        }
        return garbage;
    }

    /** Splits a pass's objects into those reachable from one with outside references and the rest. */
    private static void moveUnreachableSimple(List<PyObject> objects, int pass, List<PyObject> alive,
                                              List<PyObject> dead) {
        Deque<PyObject> work = new ArrayDeque<>();
        PyObject.Visitor reach = r -> {
            if (Reachability.inPass(r, pass) && r.gc().placed != pass) {
                r.gc().placed = pass;
                work.add(r);
            }
        };
        for (PyObject o : objects) {
            if (o.gc().gcRefs > 0 && o.gc().placed != pass) {
                o.gc().placed = pass;
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            work.poll().traverseAll(reach);
        }
        for (PyObject o : objects) {
            (o.gc().placed == pass ? alive : dead).add(o);
        }
    }

    /**
     * {@code delete_garbage}: with DEBUG_SAVEALL each object goes to {@code gc.garbage}; otherwise its
     * {@code tp_clear} runs (holding it meanwhile) and the cascade frees the cycle. Whatever is still alive
     * afterwards moves to the old generation.
     */
    private void deleteGarbage(int old) {
        InterpreterState rt = ip.rt;
        Heap heap = rt.heap;
        while (!heap.generation(Heap.COLLECTING).isEmpty()) {
            PyObject o = heap.generation(Heap.COLLECTING).iterator().next();
            if ((debug & DEBUG_SAVEALL) != 0) {
                Containers.listAppend(ip, ip.gcGarbage, o.newRef());
            } else {
                o.incref();
                CycleClearing.clear(ip, o);
                rt.decref(o);
            }
            if (stillCollecting(o)) {
                heap.moveTo(o, old);
            }
        }
    }

    /**
     * Automatic collection. An allocation of a GC object that takes generation 0's count past its threshold, while
     * collection is enabled and none is running, asks for one ({@code _PyObject_GC_Link}); the interpreter loop then
     * runs it before its next instruction. That is 3.12+'s rule exactly ({@code _Py_ScheduleGC}, run at the eval
     * breaker); 3.11 collects inside the allocation itself, which the engine approximates by the same
     * next-instruction point (only a {@code __del__} observing a half-finished bytecode could tell). The
     * generation is chosen as {@code gc_collect_generations} does: the oldest whose count passed its threshold,
     * except that a full collection waits until the objects that survived gen-1 collections since the last full
     * one ({@code long_lived_pending}) exceed a quarter of those that survived it ({@code long_lived_total}).
     */
    public void runDueCollection() {
        Heap heap = ip.rt.heap;
        heap.collectionDue = false;
        if (!enabled || collecting || thresholds[0] == 0 || heap.count(0) <= thresholds[0]) {
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

    /** Keeps the heap's allocation trigger in line with {@code enabled}, the threshold and a running collection. */
    public void updateTrigger() {
        ip.rt.heap.setCollectAbove(enabled && !collecting ? thresholds[0] : 0);
    }

    /** {@code gc.isenabled()}. */
    public boolean isEnabled() {
        return enabled;
    }

    /** {@code gc.enable()} and {@code gc.disable()}: automatic collections start or stop at once. */
    public void setEnabled(boolean on) {
        enabled = on;
        updateTrigger();
    }

    /** One of the three thresholds of {@code gc.get_threshold()}. */
    public long threshold(int generation) {
        return thresholds[generation];
    }

    /** {@code gc.set_threshold}: generation 0's threshold takes effect on the next allocation. */
    public void setThreshold(int generation, long value) {
        thresholds[generation] = value;
        updateTrigger();
    }

    /** The flags of {@code gc.set_debug} ({@code DEBUG_SAVEALL} keeps what a collection found in gc.garbage). */
    public int debugFlags() {
        return debug;
    }

    public void setDebugFlags(int flags) {
        debug = flags;
    }

    /** How many times generation {@code generation} was collected ({@code gc.get_stats()}). */
    public long collections(int generation) {
        return collections[generation];
    }

    /** How many unreachable objects the collections of {@code generation} found ({@code gc.get_stats()}). */
    public long collected(int generation) {
        return collected[generation];
    }

    /** Modules/gcmodule.c {@code gc_freeze_impl}: every tracked object moves to the permanent generation. */
    public void freeze() {
        Heap heap = ip.rt.heap;
        for (int g = 0; g < 3; g++) {
            for (PyObject o : new ArrayList<>(heap.generation(g))) {
                heap.moveTo(o, 3);
            }
        }
    }

    /**
     * {@code gc_unfreeze_impl}: the permanent generation goes back to the oldest, the interpreter's own
     * immortal objects included until the next collection moves them again.
     */
    public void unfreeze() {
        Heap heap = ip.rt.heap;
        for (PyObject o : new ArrayList<>(heap.generation(3))) {
            heap.moveTo(o, 2);
        }
        frozenByInterpreter = 0;
    }

    /** {@code gc.get_freeze_count()}: the permanent generation with what the interpreter keeps there. */
    public long frozenCount() {
        return ip.rt.heap.generation(3).size() + frozenByInterpreter;
    }
}
