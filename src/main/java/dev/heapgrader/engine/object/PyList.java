package dev.heapgrader.engine.object;

import java.util.Arrays;

/**
 * A {@code list}, with CPython's allocation bookkeeping so {@code sys.getsizeof} is exact: {@code allocated} is
 * CPython's capacity and {@code bufferNull} says whether {@code ob_item} is NULL, which decides whether the next
 * bulk operation preallocates exactly (Objects/listobject.c).
 */
public final class PyList extends PyObject {
    private PyObject[] items;
    private int size;
    private int allocated;
    private boolean bufferNull = true;

    public PyList(PyType type) {
        super(type);
        this.items = new PyObject[0];
    }

    /** A list of exactly {@code n} slots ({@code PyList_New(n)}): BUILD_LIST, slicing, concatenation, copies. */
    public PyList(PyType type, PyObject[] ownedItems) {
        super(type);
        this.items = ownedItems;
        this.size = ownedItems.length;
        this.allocated = ownedItems.length;
        this.bufferNull = ownedItems.length == 0;
    }

    public int size() {
        return size;
    }

    public int allocated() {
        return allocated;
    }

    public boolean bufferNull() {
        return bufferNull;
    }

    /** Borrowed item; the index must be in range. */
    public PyObject get(int i) {
        return items[i];
    }

    /** Replaces item i, returning the old (owned) reference for the caller to release; steals {@code v}. */
    public PyObject set(int i, PyObject v) {
        PyObject old = items[i];
        items[i] = v;
        return old;
    }

    /**
     * Objects/listobject.c {@code list_resize}: keeps the buffer when {@code allocated/2 <= newSize <= allocated},
     * otherwise reallocates to {@code (n + n/8 + 6) & ~3}, or to {@code (n + 3) & ~3} when growing by more than that
     * overallocation would give; 0 items free nothing but leave a 0-byte buffer.
     */
    public void resize(int newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            ensureStorage(newSize);
            size = newSize;
            return;
        }
        long newAllocated = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size > newAllocated - newSize) {
            newAllocated = ((long) newSize + 3) & ~3L;
        }
        if (newSize == 0) {
            newAllocated = 0;
        }
        allocated = (int) newAllocated;
        bufferNull = false;
        ensureStorage(Math.max(newSize, allocated));
        size = newSize;
    }

    /** {@code list_preallocate_exact}: used only while the buffer is NULL; rounds up to even. */
    public void preallocateExact(int n) {
        if (!bufferNull) {
            return;
        }
        int cap = (n + 1) & ~1;
        allocated = cap;
        bufferNull = cap == 0;
        ensureStorage(cap);
    }

    /** Frees the buffer ({@code PyMem_Free(ob_item)}; size 0, capacity 0, NULL). Items must be gone already. */
    public void freeBuffer() {
        items = new PyObject[0];
        size = 0;
        allocated = 0;
        bufferNull = true;
    }

    /** Final {@code list_resize(len)} after filling from an iterator without a length hint (3.11+ list_extend). */
    public void shrinkToFitAfterExtend() {
        resize(size);
    }

    /** Sets the size directly inside the current buffer (3.13's {@code del l[i]} never shrinks). */
    public void setSizeKeepingBuffer(int newSize) {
        size = newSize;
    }

    /** {@code list.append}: grows with {@link #resize} then stores the stolen reference. */
    public void append(PyObject v) {
        int n = size;
        if (n < allocated) {
            ensureStorage(n + 1);
            items[n] = v;
            size = n + 1;
            return;
        }
        resize(n + 1);
        items[n] = v;
    }

    /** Inserts a stolen reference at {@code where} (already clamped), growing as append does. */
    public void insert(int where, PyObject v) {
        int n = size;
        resize(n + 1);
        System.arraycopy(items, where, items, where + 1, n - where);
        items[where] = v;
    }

    /** Removes items [lo, hi) without releasing them; returns them for the caller to release. */
    public PyObject[] cutOut(int lo, int hi) {
        PyObject[] removed = Arrays.copyOfRange(items, lo, hi);
        System.arraycopy(items, hi, items, lo, size - hi);
        int newSize = size - (hi - lo);
        Arrays.fill(items, newSize, size, null);
        size = newSize;
        return removed;
    }

    /** Adjusts capacity bookkeeping after {@link #cutOut} as {@code list_ass_slice} does. */
    public void afterCut(int oldSize) {
        int newSize = size;
        size = oldSize;
        resize(newSize);
    }

    /** Snapshot of the live items (borrowed). */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents with owned references in {@code newItems}, keeping capacity rules to caller. */
    public void replaceItems(PyObject[] newItems, int newSize) {
        ensureStorage(newSize);
        System.arraycopy(newItems, 0, items, 0, newSize);
        if (newSize < size) {
            Arrays.fill(items, newSize, size, null);
        }
        size = newSize;
    }

    private void ensureStorage(int n) {
        if (items.length < n) {
            items = Arrays.copyOf(items, Math.max(n, items.length * 2));
        }
    }

    @Override
    public void traverse(Visitor visitor) {
        for (int i = size - 1; i >= 0; i--) {
            if (items[i] != null) {
                visitor.visit(items[i]);
            }
        }
    }

    /** {@code list_dealloc} / {@code _list_clear}: items released last to first, then the buffer is freed. */
    @Override
    public void clearReferences(Releaser release) {
        PyObject[] old = items;
        int n = size;
        items = new PyObject[0];
        size = 0;
        allocated = 0;
        bufferNull = true;
        for (int i = n - 1; i >= 0; i--) {
            if (old[i] != null) {
                release.release(old[i]);
            }
        }
    }
}
