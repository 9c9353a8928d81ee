package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.heap.Heap;
import dev.heapgrader.engine.memory.SizeModel;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PySingleton;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.trace.timeline.HeapObjectView;
import dev.heapgrader.engine.trace.timeline.TimelineValue;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyModule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the heap of one timeline step. The objects drawn are those the program's variables reach, walking each
 * object's references in its {@code tp_traverse} order, plus the program's cyclic garbage that the collector has
 * not freed yet, found the way {@code gc_collect_main} finds it ({@code update_refs}, {@code subtract_refs},
 * {@code move_unreachable}) over every tracked object the program created, without touching the collector's own
 * bookkeeping. Interpreter-owned shared objects (immortal ones: None, bools, small ints, one-character strings;
 * interned strings; modules, builtins, builtin types, code; anything made before the program started) are not
 * drawn: they appear inline or as a label.
 */
final class TimelineHeap {
    private final Interpreter ip;
    /** Objects at or above this address were created while the program ran (addresses only grow). */
    private final long programStart;
    private final int maxObjects;

    TimelineHeap(Interpreter ip, long programStart, int maxObjects) {
        this.ip = ip;
        this.programStart = programStart;
        this.maxObjects = maxObjects;
    }

    /** What one step shows of the heap; {@code truncated} when more objects were reachable than drawn. */
    record Drawing(List<HeapObjectView> objects, boolean truncated, Set<PyObject> drawn) { }

    /** Objects the interpreter made for the run itself (the main module's namespace and its dunder values). */
    private final Set<PyObject> runtimeOwned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    void markRuntimeOwned(PyObject o) {
        runtimeOwned.add(o);
    }

    /** Whether the object is the interpreter's, shown inline or as a label rather than drawn. */
    boolean shared(PyObject o) {
        return o.isImmortal() || runtimeOwned.contains(o) || o.address() < programStart
                || (o instanceof PyStr s && s.isInterned())
                || o instanceof PyModule || o instanceof PyBuiltin || o instanceof Code
                || (o instanceof PyType t && !t.isHeapType()) || o instanceof PySingleton;
    }

    /** The objects of the drawing being made; a reference to one left out for the cap becomes a label. */
    private Set<PyObject> drawing;

    /** The value as a variable holding {@code o} shows it, once {@link #draw} has run for the step. */
    TimelineValue value(PyObject o) {
        if (o == null) {
            return new TimelineValue.Shared("<unbound>");
        }
        if (!shared(o)) {
            return drawing == null || drawing.contains(o) ? new TimelineValue.Ref(o.address())
                    : new TimelineValue.Shared("<" + o.type().name() + " object not drawn: too many objects>");
        }
        if (o == ip.rt.none) {
            return new TimelineValue.Inline(null);
        }
        if (o == ip.rt.trueObj || o == ip.rt.falseObj) {
            return new TimelineValue.Inline(o == ip.rt.trueObj);
        }
        if (o instanceof PyInt i && i.type() == ip.rt.types.intType && i.bigValue().bitLength() < 53) {
            return new TimelineValue.Inline(i.longValue());
        }
        if (o instanceof PyStr s) {
            return new TimelineValue.Inline(s.value());
        }
        return new TimelineValue.Shared(label(o));
    }

    private static String label(PyObject o) {
        if (o instanceof PyModule m) {
            return "<module '" + m.name + "'>";
        }
        if (o instanceof PyBuiltin b) {
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyType t) {
            return "<class '" + t.name() + "'>";
        }
        return "<" + o.type().name() + ">";
    }

    /** Draws what {@code roots} reach, then the program's uncollected garbage and what only it reaches. */
    Drawing draw(List<PyObject> roots) {
        Map<PyObject, Boolean> reachable = new IdentityHashMap<>();
        Deque<PyObject> work = new ArrayDeque<>();
        boolean truncated = false;
        for (PyObject r : roots) {
            truncated |= enqueue(r, reachable, work);
        }
        truncated |= walk(reachable, work);
        Set<PyObject> reached = new LinkedHashSet<>(reachable.keySet());
        for (PyObject g : garbage()) {
            truncated |= enqueue(g, reachable, work);
        }
        truncated |= walk(reachable, work);
        List<HeapObjectView> views = new ArrayList<>(reachable.size());
        Set<PyObject> drawn = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        drawn.addAll(reachable.keySet());
        drawing = drawn;
        for (PyObject o : reachable.keySet()) {
            views.add(view(o, reached.contains(o), drawn));
        }
        return new Drawing(views, truncated, drawn);
    }

    private boolean enqueue(PyObject o, Map<PyObject, Boolean> seen, Deque<PyObject> work) {
        if (o == null || shared(o) || seen.containsKey(o) || o.refcnt() <= 0) {
            return false;
        }
        if (seen.size() >= maxObjects) {
            return true;
        }
        seen.put(o, Boolean.TRUE);
        work.add(o);
        return false;
    }

    private boolean walk(Map<PyObject, Boolean> seen, Deque<PyObject> work) {
        boolean[] truncated = {false};
        while (!work.isEmpty()) {
            for (PyObject child : children(work.poll())) {
                truncated[0] |= enqueue(child, seen, work);
            }
        }
        return truncated[0];
    }

    /**
     * The references a drawing follows: the collector's traversal, except that an instance's class and a
     * function's globals, code and names are left out (the board shows attributes, not interpreter plumbing).
     */
    private List<PyObject> children(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        if (o instanceof PyFunction f) {
            if (f.defaults != null) {
                out.add(f.defaults);
            }
            if (f.closure != null) {
                out.add(f.closure);
            }
            return out;
        }
        if (o instanceof PyType t) {
            PyDict d = t.dict();
            for (int i = 0; i < d.entryCount(); i++) {
                if (d.keyAt(i) instanceof PyStr k && !isDunder(k.value())) {
                    out.add(d.valueAt(i));
                }
            }
            return out;
        }
        o.traverseAll(r -> {
            if (r != o.type()) {
                out.add(r);
            }
        });
        return out;
    }

    private static boolean isDunder(String name) {
        return name.startsWith("__") && name.endsWith("__");
    }

    private HeapObjectView view(PyObject o, boolean reachable, Set<PyObject> drawn) {
        java.util.LinkedHashSet<Long> refs = new java.util.LinkedHashSet<>();
        for (PyObject r : children(o)) {
            if (drawn.contains(r)) {
                refs.add(r.address());
            }
        }
        List<HeapObjectView.Entry> entries = new ArrayList<>();
        String kind = encode(o, entries);
        Object primitive = o instanceof PyInt i ? (i.bigValue().bitLength() < 53 ? (Object) i.longValue()
                : i.bigValue().toString())
                : o instanceof PyFloat f ? (Object) f.value() : o instanceof PyStr s ? s.value()
                : o instanceof PyType t ? t.name()
                : o instanceof PyFunction fn ? fn.code.qualname : null;
        return new HeapObjectView(o.address(), kind, o.type().name(), entries, primitive, o.refcnt(), size(o),
                generation(o), reachable, List.copyOf(refs));
    }

    /** {@code sys.getsizeof} without calling a program's {@code __sizeof__} (a step never runs program code). */
    private long size(PyObject o) {
        return o instanceof PyType t ? SizeModel.typeSize(ip.rt, t) : SizeModel.getsizeof(ip.rt, o);
    }

    private int generation(PyObject o) {
        if (o.gc() == null || !o.gc().tracked) {
            return HeapObjectView.UNTRACKED;
        }
        return o.gc().generation == Heap.COLLECTING ? HeapObjectView.COLLECTING : o.gc().generation;
    }

    /** Python Tutor's encoding (pg_encoder.py): the tag, and the entries it lists. */
    private String encode(PyObject o, List<HeapObjectView.Entry> entries) {
        if (o instanceof PyList l) {
            for (int i = 0; i < Math.min(l.size(), maxObjects); i++) {
                entries.add(new HeapObjectView.Entry(null, null, value(l.get(i))));
            }
            return "LIST";
        }
        if (o instanceof PyTuple t) {
            for (int i = 0; i < Math.min(t.size(), maxObjects); i++) {
                entries.add(new HeapObjectView.Entry(null, null, value(t.get(i))));
            }
            return "TUPLE";
        }
        if (o instanceof PySet s) {
            for (PyObject item : s.items()) {
                if (entries.size() >= maxObjects) {
                    break;
                }
                entries.add(new HeapObjectView.Entry(null, null, value(item)));
            }
            return "SET";
        }
        if (o instanceof PyDict d) {
            for (int i = 0; i < d.entryCount() && entries.size() < maxObjects; i++) {
                if (d.keyAt(i) != null) {
                    entries.add(new HeapObjectView.Entry(null, value(d.keyAt(i)), value(d.valueAt(i))));
                }
            }
            return "DICT";
        }
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) {
            return "HEAP_PRIMITIVE";
        }
        if (o instanceof PyFunction f) {
            return "FUNCTION";
        }
        if (o instanceof PyType t) {
            PyDict d = t.dict();
            for (int i = 0; i < d.entryCount(); i++) {
                if (d.keyAt(i) instanceof PyStr k && !isDunder(k.value())) {
                    entries.add(new HeapObjectView.Entry(k.value(), null, value(d.valueAt(i))));
                }
            }
            return "CLASS";
        }
        if (o instanceof PyInstance inst) {
            attributes(inst, entries);
        }
        // what the type holds beyond its attributes (an exception's args and traceback, a generator's frame),
        // named by position in its traversal
        Set<PyObject> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (o instanceof PyInstance inst && inst.attrs() != null) {
            listed.add(inst.attrs());
            for (int i = 0; i < inst.attrs().entryCount(); i++) {
                listed.add(inst.attrs().valueAt(i));
            }
        }
        if (o instanceof PyInstance inst) {
            java.util.Collections.addAll(listed, inst.slots());
        }
        List<PyObject> refs = children(o);
        for (int i = 0; i < refs.size() && entries.size() < maxObjects; i++) {
            if (!listed.contains(refs.get(i))) {
                entries.add(new HeapObjectView.Entry("[" + i + "]", null, value(refs.get(i))));
            }
        }
        return "INSTANCE";
    }

    private void attributes(PyInstance inst, List<HeapObjectView.Entry> entries) {
        List<String> slotNames = new ArrayList<>();
        for (int k = inst.type().mroList().size() - 1; k >= 0; k--) {
            slotNames.addAll(inst.type().mroList().get(k).layout().slotNames());
        }
        PyObject[] slots = inst.slots();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                String name = i < slotNames.size() ? slotNames.get(i) : "[" + i + "]";
                entries.add(new HeapObjectView.Entry(name, null, value(slots[i])));
            }
        }
        PyDict attrs = inst.attrs();
        if (attrs != null) {
            for (int i = 0; i < attrs.entryCount(); i++) {
                if (attrs.keyAt(i) instanceof PyStr k) {
                    entries.add(new HeapObjectView.Entry(k.value(), null, value(attrs.valueAt(i))));
                }
            }
        }
    }

    /**
     * The program's tracked objects that only garbage reaches: {@code update_refs} and {@code subtract_refs} over
     * every generation (counts kept here, not in the objects' {@code gc_refs}), then everything an object with
     * outside references reaches is alive ({@code move_unreachable}); the rest waits for a collection.
     */
    List<PyObject> garbage() {
        Heap heap = ip.rt.heap;
        Map<PyObject, long[]> refs = new IdentityHashMap<>();
        List<PyObject> candidates = new ArrayList<>();
        for (int g = 0; g <= Heap.COLLECTING; g++) {
            for (PyObject o : heap.generation(g)) {
                if (o.address() >= programStart && !o.isImmortal()) {
                    refs.put(o, new long[] {o.refcnt()});
                    candidates.add(o);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (PyObject o : candidates) {
            o.traverseAll(r -> {
                long[] c = refs.get(r);
                if (c != null) {
                    c[0]--;
                }
            });
        }
        Set<PyObject> alive = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PyObject> work = new ArrayDeque<>();
        for (PyObject o : candidates) {
            if (refs.get(o)[0] > 0 && alive.add(o)) {
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            work.poll().traverseAll(r -> {
                if (refs.containsKey(r) && alive.add(r)) {
                    work.add(r);
                }
            });
        }
        List<PyObject> dead = new ArrayList<>();
        for (PyObject o : candidates) {
            if (!alive.contains(o)) {
                dead.add(o);
            }
        }
        return dead;
    }
}
