package dev.heapgrader.engine.heap;

import dev.heapgrader.engine.object.GcLinks;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Allocation bookkeeping for one run: deterministic simulated addresses (16-byte aligned, as pymalloc's), the
 * number of live objects and bytes, and the generation-0 count CPython keeps for GC-tracked allocations
 * ({@code _PyObject_GC_Link} adds one, {@code PyObject_GC_Del} removes one, never below zero).
 */
public final class Heap {
    private static final long BASE_ADDRESS = 0x7f00_0000_0000L;

    private long nextAddress = BASE_ADDRESS;
    private long liveObjects;
    private long liveBytes;
    private long allocations;
    private long gen0Count;
    private final long maxBytes;
    /** Generation-0 count above which an allocation asks for a collection; 0 when automatic collection is off. */
    private long collectAbove;
    /** Set by an allocation that crossed {@link #collectAbove}; the interpreter loop runs the collection. */
    public boolean collectionDue;
    /** Index of the collector's scratch list: objects found unreachable while a collection runs. */
    public static final int COLLECTING = 4;
    /** The collector's generations 0, 1, 2, the permanent generation (3) and the scratch list (4), in list order. */
    private final List<GenerationList> generations = new ArrayList<>();
    private final long[] counts = new long[3];
    /**
     * Weak-reference lists of referents other than instances (functions, classes, sets, generators, methods), oldest
     * first: CPython keeps them in each object's {@code tp_weaklistoffset} slot; instances keep theirs themselves.
     */
    private final java.util.Map<PyObject, List<dev.heapgrader.engine.object.PyWeakref>> weakLists =
            new java.util.IdentityHashMap<>();

    public Heap(long maxBytes) {
        this.maxBytes = maxBytes;
        for (int i = 0; i <= COLLECTING; i++) {
            generations.add(new GenerationList());
        }
    }

    /** {@code _PyObject_GC_TRACK}: the object joins the youngest generation. */
    public void track(PyObject o) {
        GcLinks g = o.gc();
        if (g == null || g.tracked) {
            return;
        }
        g.tracked = true;
        g.generation = 0;
        generations.get(0).append(o);
    }

    /** {@code _PyObject_GC_UNTRACK}. */
    public void untrack(PyObject o) {
        GcLinks g = o.gc();
        if (g == null || !g.tracked) {
            return;
        }
        generations.get(g.generation).unlink(o);
        g.tracked = false;
        g.generation = -1;
    }

    public boolean isTracked(PyObject o) {
        return o.gc() != null && o.gc().tracked;
    }

    /** The objects of generation {@code i} in list order (live view; copy before mutating the heap). */
    public GenerationList generation(int i) {
        return generations.get(i);
    }

    /** Moves a tracked object to generation {@code i}, at the end of its list. */
    public void moveTo(PyObject o, int i) {
        GcLinks g = o.gc();
        if (g == null || !g.tracked) {
            return;
        }
        generations.get(g.generation).unlink(o);
        g.generation = i;
        generations.get(i).append(o);
    }

    /**
     * The end of a collection of generations 0 to {@code young}: {@code gc_list_merge(young, old)} moves what
     * survived, in its order, to the end of generation {@code old}. The survivors are {@code survivors[from, to)};
     * those the collection untracked are skipped, and the unreachable objects must already have left these
     * generations, so that they hold exactly the tracked survivors (checked: otherwise each survivor moves alone).
     */
    public void promoteSurvivors(int young, int old, PyObject[] survivors, int from, int to) {
        long held = 0;
        for (int i = 0; i <= young; i++) {
            held += generations.get(i).size();
        }
        long tracked = 0;
        for (int i = from; i < to; i++) {
            if (survivors[i].gc().tracked) {
                tracked++;
            }
        }
        if (held != tracked) {
            for (int i = from; i < to; i++) {
                moveTo(survivors[i], old);
            }
            return;
        }
        for (int i = 0; i <= young; i++) {
            generations.get(i).detachAll();
        }
        GenerationList target = generations.get(old);
        for (int i = from; i < to; i++) {
            GcLinks g = survivors[i].gc();
            if (g.tracked) {
                g.generation = old;
                target.append(survivors[i]);
            }
        }
    }

    /** {@code gcstate->generations[i].count}: allocations for 0, collections of the younger one for 1 and 2. */
    public long count(int i) {
        return i == 0 ? gen0Count : counts[i];
    }

    public void setCount(int i, long value) {
        if (i == 0) {
            gen0Count = value;
        } else {
            counts[i] = value;
        }
    }

    /**
     * Registers a new object of {@code bytes} bytes; returns false when the heap limit would be exceeded, in which
     * case the caller raises {@code MemoryError}.
     */
    public boolean allocate(PyObject o, long bytes, boolean gcType) {
        if (liveBytes + bytes > maxBytes && !pastLimitAllowed) {
            return false;
        }
        o.setAddress(nextAddress);
        nextAddress += (Math.max(bytes, 16) + 15) & ~15L;
        liveObjects++;
        liveBytes += bytes;
        allocations++;
        if (gcType) {
            o.setGc(new GcLinks());
            gen0Count++;
            if (collectAbove > 0 && gen0Count > collectAbove) {
                collectionDue = true;
            }
        }
        return true;
    }

    /**
     * While true, allocations past the limit succeed: the objects of the {@code MemoryError} being raised, which
     * CPython takes from a preallocated free list ({@code memerrors_freelist}) instead of the exhausted heap.
     */
    private boolean pastLimitAllowed;

    public void allowPastLimit(boolean allowed) {
        pastLimitAllowed = allowed;
    }

    public boolean pastLimitAllowed() {
        return pastLimitAllowed;
    }

    /** Accounts for an object whose memory was released. */
    public void free(PyObject o, long bytes) {
        untrack(o);
        liveObjects--;
        liveBytes -= bytes;
        if (o.gc() != null && gen0Count > 0) {
            gen0Count--;
        }
    }

    /** Changes the byte accounting of a live object whose buffer grew or shrank; false past the limit. */
    public boolean resize(long delta) {
        if (delta > 0 && liveBytes + delta > maxBytes) {
            return false;
        }
        liveBytes += delta;
        return true;
    }

    /** Whether allocating {@code bytes} more would pass the heap limit (checked before building big objects). */
    public boolean wouldExceed(long bytes) {
        return bytes < 0 || bytes > maxBytes - liveBytes;
    }

    /**
     * 3.13 instance dicts still backed by their instance's inline values (Objects/dictobject.c
     * {@code _PyObject_MaterializeManagedDict}; the instance traverses the values itself). An attribute store leaves
     * such a dict untracked; a store through the dict object tracks it ({@code insertdict}'s MAINTAIN_TRACKING).
     */
    public void markInlineBacked(PyObject dict) {
        ((PyDict) dict).setValuesEmbedded(true);
    }

    public void unmarkInlineBacked(PyObject dict) {
        ((PyDict) dict).setValuesEmbedded(false);
    }

    public boolean isInlineBacked(PyObject dict) {
        return dict instanceof PyDict d && d.valuesEmbedded();
    }

    /** The weak-reference list of a non-instance referent, created on demand when {@code create}. */
    public List<dev.heapgrader.engine.object.PyWeakref> weakList(PyObject o, boolean create) {
        List<dev.heapgrader.engine.object.PyWeakref> l = weakLists.get(o);
        if (l == null && create) {
            l = new ArrayList<>();
            weakLists.put(o, l);
        }
        return l;
    }

    /** Forgets the weak-reference list of a referent that died. */
    public void dropWeakList(PyObject o) {
        weakLists.remove(o);
    }

    /** The collector's current generation-0 trigger: the threshold while enabled and idle, else 0. */
    public void setCollectAbove(long threshold) {
        collectAbove = threshold;
        if (threshold == 0) {
            collectionDue = false;
        }
    }

    public long liveObjects() {
        return liveObjects;
    }

    public long liveBytes() {
        return liveBytes;
    }

    public long allocations() {
        return allocations;
    }

    public long gen0Count() {
        return gen0Count;
    }

    public void resetGen0Count() {
        gen0Count = 0;
    }
}
