package dev.heapgrader.engine.heap;

import dev.heapgrader.engine.object.GcLinks;
import dev.heapgrader.engine.object.PyObject;

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

    public Heap(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Registers a new object of {@code bytes} bytes; returns false when the heap limit would be exceeded, in which
     * case the caller raises {@code MemoryError}.
     */
    public boolean allocate(PyObject o, long bytes, boolean gcType) {
        if (liveBytes + bytes > maxBytes) {
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
        }
        return true;
    }

    /** Accounts for an object whose memory was released. */
    public void free(PyObject o, long bytes) {
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
