package dev.heapgrader.engine.types;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.protocol.Subscripts;

import java.util.ArrayList;
import java.util.List;

/**
 * Building and combining containers with CPython's allocation choices (Objects/listobject.c): {@code extend}
 * from a sized iterable preallocates exactly when the buffer is NULL, from an unsized one it grows by appends
 * and trims with a final {@code list_resize}; dict and set updates presize as {@code dict_merge} and
 * {@code set_update_internal} do. Concatenation and repetition ({@code +}, {@code *}) are {@code SequenceConcat}.
 */
public final class Containers {
    private Containers() {
    }

    /** {@code list.append}: steals {@code v}. */
    public static void listAppend(Interpreter ip, PyList l, PyObject v) {
        int before = l.allocated();
        l.append(v);
        accountResize(ip, before, l.allocated());
    }

    public static void accountResize(Interpreter ip, int beforeSlots, int afterSlots) {
        if (beforeSlots != afterSlots && !ip.rt.heap.resize(8L * (afterSlots - beforeSlots))) {
            throw ip.errors.make("MemoryError");
        }
    }

    /** {@code list_extend}: items borrowed from {@code iterable}. */
    public static void listExtend(Interpreter ip, PyList l, PyObject iterable) {
        InterpreterState rt = ip.rt;
        int before = l.allocated();
        // list_extend's fast path is for the list itself and exact lists and tuples (PyList_CheckExact): a derived
        // class goes through its iterator, which it may override, and its length hint
        if (iterable == l || iterable.type() == rt.types.list || iterable.type() == rt.types.tuple) {
            PyObject[] items = iterable instanceof PyList src ? src.toArray() : ((PyTuple) iterable).items();
            int n = items.length;
            if (n == 0) {
                return;
            }
            int m = l.size();
            reserveSlots(ip, l, (long) m + n);
            if (l.bufferNull() && m == 0) {
                l.preallocateExact(n);
            }
            l.resize(m + n);
            for (int i = 0; i < n; i++) {
                l.set(m + i, items[i].newRef());
            }
            accountResize(ip, before, l.allocated());
            return;
        }
        // list_extend takes the iterator first, then asks the iterable for a length hint
        PyObject it = Iteration.iter(ip, iterable);
        long hint;
        try {
            hint = hintsBySpecialMethod(iterable) ? instanceLengthHint(ip, iterable) : lengthHint(ip, iterable);
        } catch (PyException e) {
            rt.decref(it);
            throw e;
        }
        int n = (int) Math.min(hint < 0 ? 8 : hint, Integer.MAX_VALUE / 2);
        int accounted = before;
        try {
            int m = l.size();
            reserveSlots(ip, l, (long) m + n);
            if (l.bufferNull()) {
                if (n > 0) {
                    l.preallocateExact(n);
                }
            } else {
                // list_extend: make room for the guess, then make the list sane again
                l.resize(m + n);
                l.setSizeKeepingBuffer(m);
            }
            // the guess is on the books; every later growth is charged as it happens, so an endless iterator
            // ends in MemoryError at the run's heap limit instead of exhausting the JVM
            accountResize(ip, accounted, l.allocated());
            accounted = l.allocated();
            PyObject next;
            while ((next = Iteration.next(ip, it)) != null) {
                if (l.size() == l.allocated()) {
                    reserveSlots(ip, l, l.size() + 1L + (l.size() >> 3) + 6);
                }
                l.append(next);
                if (l.allocated() != accounted) {
                    accountResize(ip, accounted, l.allocated());
                    accounted = l.allocated();
                }
            }
            if (l.size() < l.allocated()) {
                l.shrinkToFitAfterExtend();
            }
        } finally {
            rt.decref(it);
            accountResize(ip, accounted, l.allocated());
        }
    }

    /** Raises MemoryError before a list's buffer grows to {@code slots} pointers past the run's heap limit. */
    private static void reserveSlots(Interpreter ip, PyList l, long slots) {
        if (slots > l.allocated()) {
            ip.rt.reserve(8L * (slots - l.allocated()));
        }
    }

    /** {@code PyObject_LengthHint}: the length of sized builtins, -1 when unknown. */
    static long lengthHint(Interpreter ip, PyObject o) {
        if (o instanceof PyRange r) {
            return r.lengthOrOverflow(ip);
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof DictView v) {
            return v.dict.size();
        }
        if (o instanceof dev.heapgrader.engine.object.PyStr s) {
            return s.length();
        }
        if (o instanceof PyIterator it && it.source != null) {
            if (it.kind == PyIterator.Kind.LIST) {
                return Math.max(0, ((PyList) it.source).size() - it.index);
            }
            if (it.kind == PyIterator.Kind.REVERSED_LIST) {
                // Objects/listobject.c listreviter_len
                return it.index >= 0 && it.index < ((PyList) it.source).size() ? it.index + 1 : 0;
            }
            if (it.kind == PyIterator.Kind.TUPLE) {
                return Math.max(0, ((PyTuple) it.source).size() - it.index);
            }
            if (it.kind == PyIterator.Kind.RANGE) {
                PyRange r = (PyRange) it.source;
                return r.isSmall() ? Math.max(0, r.length.longValue() - it.index) : -1;
            }
            return IteratorHints.remaining(it);
        }
        // any other sized builtin (a deque, a derived list): _PyObject_HasLen, then PyObject_Size
        TypeSlots.LengthSlot length = BuiltinSlots.own(o).length();
        if (length != null && !(o instanceof dev.heapgrader.engine.object.PyInstance)) {
            return length.length(ip, o);
        }
        return -1;
    }

    /** Whether {@code PyObject_LengthHint} of {@code o} calls Python code: an instance's, or an overridden length. */
    private static boolean hintsBySpecialMethod(PyObject o) {
        return o instanceof dev.heapgrader.engine.object.PyInstance || DerivedSlots.overrides(o, "__len__");
    }

    /**
     * {@code PyObject_LengthHint} for an instance: its {@code __len__} (a TypeError from it is ignored), else its
     * {@code __length_hint__}; -1 when neither says.
     */
    private static long instanceLengthHint(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        PyObject n = null;
        try {
            n = Calls.callSpecial(ip, o, "__len__");
        } catch (PyException e) {
            if (!e.value().type().isSubtypeOf(ip.errors.type("TypeError"))) {
                throw e;
            }
            rt.decref(e.value());
        }
        if (n == null) {
            n = Calls.callSpecialBound(ip, o, "__length_hint__");
        }
        if (n == null) {
            return -1;
        }
        long hint = n instanceof dev.heapgrader.engine.object.PyInt i && i.isSmall() ? i.longValue() : -1;
        rt.decref(n);
        return hint;
    }

    /** {@code d[k] = v} with borrowed key and value. */
    public static void dictSet(Interpreter ip, PyDict d, PyObject key, PyObject value) {
        ip.rt.xdecref(d.put(key, value, ip.rt));
        // insertdict's MAINTAIN_TRACKING, also for a 3.13 dict still reading its instance's inline values: only an
        // attribute store (Objects/dictobject.c store_instance_attr_lock_held) leaves that one untracked
        if (d.gc() != null && !d.gc().tracked
                && (InterpreterState.mayBeTracked(key) || InterpreterState.mayBeTracked(value))) {
            ip.rt.heap.track(d);
        }
    }

    /**
     * Objects/dictobject.c {@code _PyDict_FromItems}: a display's table is presized with unicode entries only
     * when every key (items {@code start}, {@code start + step}, ...) is an exact str.
     */
    public static boolean allExactStr(PyObject[] items, int start, int step) {
        for (int i = start; i < items.length; i += step) {
            if (!isExactStr(items[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isExactStr(PyObject o) {
        return o instanceof PyStr && !o.type().isHeapType();
    }

    /**
     * Objects/dictobject.c {@code dict_merge} for a dict source: an empty target clones a dense source's table
     * when it is the minimum size or more than half full; otherwise the target is resized once up front to
     * {@code estimate_log2_keysize(used + other.used)} when its usable fraction cannot hold the source.
     */
    private static void presizeForMerge(PyDict d, PyDict src) {
        if (src.size() == 0 || d.sharedKeys() != null) {
            return;
        }
        // a split source (an instance dict) is never cloned; its shared keys are all str
        boolean split = src.sharedKeys() != null;
        boolean srcUnicode = split || src.hasUnicodeKeys();
        if (!split && d.size() == 0 && src.size() == src.nentries()
                && (src.log2Size() == PyDict.LOG_MINSIZE
                        || PyDict.usableFraction((1 << src.log2Size()) / 2) < src.size())) {
            d.rebuildAt(src.log2Size(), srcUnicode);
            return;
        }
        long capacity = d.usesEmptyKeys() ? 0 : PyDict.usableFraction(1 << d.log2Size());
        if (capacity < src.size()) {
            boolean unicode = srcUnicode && (d.usesEmptyKeys() || d.hasUnicodeKeys());
            d.rebuildAt(PyDict.estimateLog2KeySize((long) d.size() + src.size()), unicode);
        }
    }

    public static void dictUpdate(Interpreter ip, PyDict d, PyObject other) {
        InterpreterState rt = ip.rt;
        // dict_merge reads a dict's table directly unless its class overrides __iter__ (tp_iter != dict_iter);
        // such a class is merged as any mapping, through keys() and d[k]
        if (other instanceof PyDict src && !DerivedSlots.overrides(other, "__iter__")) {
            presizeForMerge(d, src);
            for (int i = 0; i < src.entryCount(); i++) {
                PyObject k = src.keyAt(i);
                if (k != null) {
                    dictSet(ip, d, k, src.valueAt(i));
                }
            }
            return;
        }
        PyObject keysMethod = other.type().lookup("keys");
        if (keysMethod != null) {
            PyObject keys = Calls.call(ip, keysMethod, new PyObject[] {other}, null);
            PyObject it = Iteration.iter(ip, keys);
            try {
                PyObject k;
                while ((k = Iteration.next(ip, it)) != null) {
                    try {
                        PyObject v = Subscripts.get(ip, other, k);
                        dictSet(ip, d, k, v);
                        rt.decref(v);
                    } finally {
                        rt.decref(k);
                    }
                }
            } finally {
                rt.decref(it);
                rt.decref(keys);
            }
            return;
        }
        PyObject it = Iteration.iter(ip, other);
        try {
            PyObject pair;
            int index = 0;
            while ((pair = Iteration.next(ip, it)) != null) {
                try {
                    List<PyObject> kv;
                    try {
                        kv = sequenceItems(ip, pair);
                    } catch (PyException e) {
                        if (e.value().type() != ip.errors.type("TypeError")) {
                            throw e;
                        }
                        rt.decref(e.value());
                        throw ip.errors.typeError("cannot convert dictionary update sequence element #" + index
                                + " to a sequence");
                    }
                    if (kv.size() != 2) {
                        throw ip.errors.valueError("dictionary update sequence element #" + index + " has length "
                                + kv.size() + "; 2 is required");
                    }
                    dictSet(ip, d, kv.get(0), kv.get(1));
                    for (PyObject o : kv) {
                        rt.decref(o);
                    }
                } finally {
                    rt.decref(pair);
                }
                index++;
            }
        } finally {
            rt.decref(it);
        }
    }

    /** {@code DICT_MERGE} for call keywords: a key given twice is the callee's TypeError. */
    public static void dictMergeKeywords(Interpreter ip, PyDict d, PyObject other, PyObject callable) {
        if (!(other instanceof PyDict src) || DerivedSlots.overrides(other, "__iter__")) {
            if (other.type().lookup("keys") == null) {
                throw ip.errors.typeError(Repr.calleeName(ip, callable) + " argument after ** must be a mapping, not "
                        + other.type().name());
            }
            dictUpdate(ip, d, other);
            return;
        }
        for (int i = 0; i < src.entryCount(); i++) {
            PyObject k = src.keyAt(i);
            if (k == null) {
                continue;
            }
            if (d.get(k, ip.rt) != null) {
                throw ip.errors.typeError(Repr.calleeName(ip, callable) + " got multiple values for keyword argument '"
                        + Repr.str(ip, k) + "'");
            }
            dictSet(ip, d, k, src.valueAt(i));
        }
    }

    public static void setUpdate(Interpreter ip, PySet s, PyObject iterable) {
        InterpreterState rt = ip.rt;
        if (iterable instanceof PySet src) {
            s.presizeForMerge(src.size(), rt);
            for (PyObject o : src.items()) {
                s.add(o, rt);
            }
            return;
        }
        // set_update_internal: only an exact dict's keys are read from its table
        if (iterable.type() == rt.types.dict && iterable instanceof PyDict src) {
            s.presizeForMerge(src.size(), rt);
            for (PyObject o : src.keyArray()) {
                s.add(o, rt);
            }
            return;
        }
        PyObject it = Iteration.iter(ip, iterable);
        try {
            PyObject next;
            while ((next = Iteration.next(ip, it)) != null) {
                try {
                    s.add(next, rt);
                } finally {
                    rt.decref(next);
                }
            }
        } finally {
            rt.decref(it);
        }
    }

    /** All items of an iterable as new references. */
    static List<PyObject> sequenceItems(Interpreter ip, PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        // PySequence_Fast and PySequence_Tuple take exact lists and tuples as they are (PyList_CheckExact)
        if (iterable.type() == ip.rt.types.tuple && iterable instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                out.add(o.newRef());
            }
            return out;
        }
        if (iterable.type() == ip.rt.types.list && iterable instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(l.get(i).newRef());
            }
            return out;
        }
        return iterate(ip, iterable, out, LengthHint.NONE);
    }

    /**
     * All items as new references, the way {@code PySequence_Tuple} collects them: after taking the iterator it
     * asks the iterable for a length hint ({@code __len__}), so that runs then.
     */
    public static List<PyObject> sequenceItemsPresized(Interpreter ip, PyObject iterable) {
        if (!hintsBySpecialMethod(iterable)) {
            return sequenceItems(ip, iterable);
        }
        return iterate(ip, iterable, new ArrayList<>(), LengthHint.ITERABLE);
    }

    /**
     * All items as new references, the way {@code PySequence_Fast} collects them ({@code str.join}, slice
     * assignment): an exact list or tuple as it is, else {@code PySequence_List} of its iterator, which asks the
     * iterator (not the iterable) for a length hint.
     */
    public static List<PyObject> sequenceItemsFast(Interpreter ip, PyObject iterable) {
        if (iterable.type() == ip.rt.types.list || iterable.type() == ip.rt.types.tuple) {
            return sequenceItems(ip, iterable);
        }
        return iterate(ip, iterable, new ArrayList<>(), LengthHint.ITERATOR);
    }

    /** Whose length hint a collecting function asks for once it has the iterator, if anyone's. */
    private enum LengthHint { NONE, ITERABLE, ITERATOR }

    private static List<PyObject> iterate(Interpreter ip, PyObject iterable, List<PyObject> out, LengthHint hint) {
        InterpreterState rt = ip.rt;
        PyObject it = Iteration.iter(ip, iterable);
        try {
            PyObject hinted = hint == LengthHint.ITERABLE ? iterable : it;
            if (hint != LengthHint.NONE && hintsBySpecialMethod(hinted)) {
                instanceLengthHint(ip, hinted);
            }
            PyObject next;
            while ((next = Iteration.next(ip, it)) != null) {
                out.add(next);
            }
        } catch (PyException e) {
            for (PyObject o : out) {
                ip.rt.decref(o);
            }
            throw e;
        } finally {
            ip.rt.decref(it);
        }
        return out;
    }

    /** UNPACK_SEQUENCE / UNPACK_EX: pushes the items so the first ends on top. */
    public static void unpack(Interpreter ip, Frame f, int before, int after) {
        if (after >= 0) {
            unpackStarred(ip, f, before, after);
            return;
        }
        InterpreterState rt = ip.rt;
        PyObject seq = f.pop();
        List<PyObject> items;
        try {
            items = sequenceItems(ip, seq);
        } catch (PyException e) {
            throw notUnpackable(ip, seq, e);
        } finally {
            rt.decref(seq);
        }
        int n = items.size();
        if (n != before) {
            for (PyObject o : items) {
                rt.decref(o);
            }
            if (n > before) {
                throw ip.errors.valueError("too many values to unpack (expected " + before + ")");
            }
            throw ip.errors.valueError("not enough values to unpack (expected " + before + ", got " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            f.push(items.get(i));
        }
    }

    /** The TypeError of a target list given something with no {@code __iter__}; other errors as they are. */
    private static PyException notUnpackable(Interpreter ip, PyObject seq, PyException e) {
        if (e.value().type() == ip.errors.type("TypeError") && seq.type().lookup("__iter__") == null) {
            ip.rt.decref(e.value());
            return ip.errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        return e;
    }

    /**
     * {@code UNPACK_EX} (Python/ceval.c {@code unpack_iterable}): {@code before} items from the iterator one by
     * one, then {@code PySequence_List} of what it has left (so the starred list grows exactly as {@code list(it)}
     * would, from the iterator's own length hint), whose last {@code after} items move to the stack while the list
     * keeps its buffer.
     */
    private static void unpackStarred(Interpreter ip, Frame f, int before, int after) {
        InterpreterState rt = ip.rt;
        PyObject seq = f.pop();
        PyObject it;
        try {
            it = Iteration.iter(ip, seq);
        } catch (PyException e) {
            throw notUnpackable(ip, seq, e);
        } finally {
            rt.decref(seq);
        }
        PyObject[] head = new PyObject[before];
        PyList rest = null;
        try {
            for (int i = 0; i < before; i++) {
                head[i] = Iteration.next(ip, it);
                if (head[i] == null) {
                    throw ip.errors.valueError("not enough values to unpack (expected at least " + (before + after)
                            + ", got " + i + ")");
                }
            }
            rest = rt.track(new PyList(rt.types.list));
            listExtend(ip, rest, it);
            int left = rest.size();
            if (left < after) {
                throw ip.errors.valueError("not enough values to unpack (expected at least " + (before + after)
                        + ", got " + (before + left) + ")");
            }
            for (int j = left - 1; j >= left - after; j--) {
                f.push(rest.get(j));
            }
            rest.setSizeKeepingBuffer(left - after);
            f.push(rest);
            for (int i = before - 1; i >= 0; i--) {
                f.push(head[i]);
            }
        } catch (PyException e) {
            for (PyObject o : head) {
                rt.xdecref(o);
            }
            rt.xdecref(rest);
            throw e;
        } finally {
            rt.decref(it);
        }
    }
}
