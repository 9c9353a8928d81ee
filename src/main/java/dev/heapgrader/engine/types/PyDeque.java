package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A {@code collections.deque} (Modules/_collectionsmodule.c {@code dequeobject}). CPython keeps the items in a
 * doubly linked list of blocks of {@link #BLOCKLEN} pointers; only where the first item sits in its block
 * ({@code leftindex}) and the length decide how many blocks exist, so this keeps the items in one ring buffer and
 * moves {@code leftindex} exactly as each C function does; {@link #blocks()} is then {@code deque_sizeof}'s count.
 * {@code state} counts the mutations that invalidate iterators. In 3.12+ the type is a heap type of the module's
 * state, and each deque holds a reference to it ({@link DequeTypes#heapTypes()}).
 */
public final class PyDeque extends PyObject {
    /** Modules/_collectionsmodule.c {@code BLOCKLEN}: item pointers per block. */
    public static final int BLOCKLEN = 64;
    /** {@code CENTER}: where an empty deque starts, so appends on either side need no new block at first. */
    static final int CENTER = (BLOCKLEN - 1) / 2;
    /** {@code sizeof(block)}: the left and right links and BLOCKLEN item pointers. */
    public static final long BLOCK_BYTES = 8L * (BLOCKLEN + 2);

    final DequeTypes types;
    private PyObject[] ring = new PyObject[8];
    private int head;
    private int size;
    /** {@code leftindex}: 0 <= leftindex < BLOCKLEN; the right index is (leftindex + size - 1) mod BLOCKLEN. */
    private int leftindex = CENTER + 1;
    /** {@code state}: incremented whenever the indices move, so iterators can tell. */
    long state;
    /** {@code maxlen}: -1 for an unbounded deque. */
    long maxlen = -1;

    PyDeque(PyType type, DequeTypes types) {
        super(type);
        this.types = types;
    }

    public int size() {
        return size;
    }

    /** {@code deque_sizeof}'s block count: the blocks spanned from leftindex over the items. */
    public long blocks() {
        return (leftindex + size + BLOCKLEN - 1) / BLOCKLEN;
    }

    /** {@code deque_sizeof}: the deque type's basic size plus its blocks (without the GC header). */
    public long sizeof() {
        return types.deque().layout().basicSize() + blocks() * BLOCK_BYTES;
    }

    /** The item at position {@code i} (0 <= i < size), borrowed. */
    PyObject get(int i) {
        return ring[(head + i) % ring.length];
    }

    /** Replaces the item at {@code i}; returns the old one, whose reference passes to the caller. */
    PyObject set(int i, PyObject owned) {
        int at = (head + i) % ring.length;
        PyObject old = ring[at];
        ring[at] = owned;
        return old;
    }

    private void grow() {
        if (size == ring.length) {
            PyObject[] bigger = new PyObject[ring.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            ring = bigger;
            head = 0;
        }
    }

    /** {@code deque_append_internal} without the trim: a new block when the right one is full. */
    boolean pushRight(InterpreterState rt, PyObject owned) {
        long before = blocks();
        grow();
        ring[(head + size) % ring.length] = owned;
        size++;
        return account(rt, before);
    }

    /** {@code deque_appendleft_internal} without the trim: a new block when leftindex is 0. */
    boolean pushLeft(InterpreterState rt, PyObject owned) {
        long before = blocks();
        grow();
        head = (head - 1 + ring.length) % ring.length;
        ring[head] = owned;
        size++;
        if (leftindex == 0) {
            leftindex = BLOCKLEN;
        }
        leftindex--;
        return account(rt, before);
    }

    /** {@code deque_pop} (size > 0): the item, owned by the caller; an emptied deque re-centres. */
    PyObject popRight(InterpreterState rt) {
        long before = blocks();
        int at = (head + size - 1) % ring.length;
        PyObject item = ring[at];
        ring[at] = null;
        size--;
        state++;
        if (size == 0 && leftindex == 0) {
            // rightindex fell below 0 in the only block: re-centre instead of freeing it
            leftindex = CENTER + 1;
        }
        account(rt, before);
        return item;
    }

    /** {@code deque_popleft} (size > 0): the item, owned by the caller. */
    PyObject popLeft(InterpreterState rt) {
        long before = blocks();
        PyObject item = ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        state++;
        leftindex++;
        if (leftindex == BLOCKLEN) {
            leftindex = size > 0 ? 0 : CENTER + 1;
        }
        account(rt, before);
        return item;
    }

    /** The space-saving heuristic of {@code deque_extend} (start at 1) and {@code deque_extendleft} (at 63). */
    void startEmptyAt(int index) {
        if (size == 0) {
            leftindex = index;
        }
    }

    /**
     * {@code _deque_rotate}: {@code n} is reduced as C reduces it (the remainder takes the dividend's sign), then
     * the items move and leftindex moves by {@code n} across block boundaries.
     */
    void rotate(InterpreterState rt, long n) {
        int len = size;
        long half = len >> 1;
        if (len <= 1) {
            return;
        }
        if (n > half || n < -half) {
            n %= len;
            if (n > half) {
                n -= len;
            } else if (n < -half) {
                n += len;
            }
        }
        state++;
        if (n == 0) {
            return;
        }
        long before = blocks();
        PyObject[] items = new PyObject[len];
        int k = (int) Math.floorMod(n, (long) len);
        for (int i = 0; i < len; i++) {
            items[(i + k) % len] = get(i);
        }
        ring = items.length < 8 ? java.util.Arrays.copyOf(items, 8) : items;
        head = 0;
        leftindex = (int) Math.floorMod(leftindex - n, (long) BLOCKLEN);
        account(rt, before);
    }

    /** {@code deque_reverse}: swaps the items in place; the indices do not move. */
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject a = set(i, get(j));
            set(j, a);
        }
    }

    /**
     * {@code deque_clear}: the deque is made empty (one fresh block, re-centred) before any item is released, as
     * a release may run code that looks at the deque; then the items go, left to right.
     */
    public void clear(InterpreterState rt, Releaser release) {
        if (size == 0) {
            return;
        }
        long before = blocks();
        PyObject[] old = detach();
        state++;
        account(rt, before);
        releaseAll(old, release);
    }

    /** Empties the deque (re-centred in one block) and hands back its items, left to right. */
    private PyObject[] detach() {
        PyObject[] old = new PyObject[size];
        for (int i = 0; i < size; i++) {
            old[i] = get(i);
        }
        ring = new PyObject[8];
        head = 0;
        size = 0;
        leftindex = CENTER + 1;
        return old;
    }

    private static void releaseAll(PyObject[] items, Releaser release) {
        for (PyObject o : items) {
            release.release(o);
        }
    }

    /** Keeps the heap's byte count in step with the blocks in use; false when a new block passes the limit. */
    private boolean account(InterpreterState rt, long before) {
        long delta = (blocks() - before) * BLOCK_BYTES;
        return delta == 0 || rt.heap.resize(delta);
    }

    /** {@code deque_traverse}: the items left to right; 3.12+ visit the heap type first. */
    @Override
    public void traverse(Visitor visitor) {
        if (types.heapTypes() && extras() == null) {
            visitor.visit(type());
        }
        for (int i = 0; i < size; i++) {
            visitor.visit(get(i));
        }
    }

    /** {@code deque_dealloc}: {@code deque_clear}, then (3.12+) the reference to the heap type. */
    @Override
    public void clearReferences(Releaser release) {
        releaseAll(detach(), release);
        if (types.heapTypes() && extras() == null) {
            release.release(type());
        }
    }
}
