package dev.heapgrader.engine.object;

/**
 * A {@code set} or {@code frozenset}, laid out as CPython's open-addressing table (Objects/setobject.c) so that
 * iteration order and {@code sys.getsizeof} match: linear probes of up to 9 slots, then perturbed jumps; resize
 * when {@code fill * 5 >= mask * 3}; the table starts with the 8 slots built into the object.
 */
public final class PySet extends PyObject {
    /** {@code PySet_MINSIZE}. */
    public static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY_MARK = null;

    private PyObject[] table = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private boolean[] dummy = new boolean[MINSIZE];
    private int fill;
    private int used;

    public PySet(PyType type) {
        super(type);
    }

    public int size() {
        return used;
    }

    /** Number of table slots ({@code mask + 1}). */
    public int tableSize() {
        return table.length;
    }

    public boolean contains(PyObject key, KeyEquality eq) {
        return findSlot(key, eq.hash(key), eq) >= 0;
    }

    /** Adds a new reference to {@code key} if absent ({@code set_add_entry}); returns true when added. */
    public boolean add(PyObject key, KeyEquality eq) {
        long h = eq.hash(key);
        int mask = table.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            for (int j = 0; ; j++) {
                int slot = i + j;
                if (table[slot] == null && !dummy[slot]) {
                    table[slot] = key.newRef();
                    hashes[slot] = h;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4, eq);
                    }
                    return true;
                }
                if (table[slot] != null && hashes[slot] == h
                        && (table[slot] == key || eq.equal(table[slot], key))) {
                    return false;
                }
                if (j >= probes) {
                    break;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}, leaving a dummy; returns the owned reference, or null when absent. */
    public PyObject discard(PyObject key, KeyEquality eq) {
        int slot = findSlot(key, eq.hash(key), eq);
        if (slot < 0) {
            return null;
        }
        PyObject old = table[slot];
        table[slot] = DUMMY_MARK;
        dummy[slot] = true;
        used--;
        return old;
    }

    /** Presizes for a bulk merge of {@code n} more keys ({@code set_merge}: resize to (used+n)*2 first). */
    public void presizeForMerge(int n, KeyEquality eq) {
        if ((long) (fill + n) * 5 >= (long) (table.length - 1) * 3) {
            resize((used + n) * 2, eq);
        }
    }

    /** Items in table order (borrowed). */
    public PyObject[] items() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject o : table) {
            if (o != null) {
                out[j++] = o;
            }
        }
        return out;
    }

    /** {@code set.clear()}: back to the inline 8-slot table; returns the owned items in table order. */
    public PyObject[] clearAll() {
        PyObject[] out = items();
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        dummy = new boolean[MINSIZE];
        fill = 0;
        used = 0;
        return out;
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, at least 8. */
    private void resize(int minUsed, KeyEquality eq) {
        int newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        PyObject[] oldTable = table;
        long[] oldHashes = hashes;
        table = new PyObject[newSize];
        hashes = new long[newSize];
        dummy = new boolean[newSize];
        fill = used;
        int mask = newSize - 1;
        for (int k = 0; k < oldTable.length; k++) {
            if (oldTable[k] != null) {
                insertClean(oldTable[k], oldHashes[k], mask);
            }
        }
    }

    /** {@code set_insert_clean}: no dummies, no duplicates. */
    private void insertClean(PyObject key, long h, int mask) {
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                if (table[i + j] == null) {
                    table[i + j] = key;
                    hashes[i + j] = h;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int findSlot(PyObject key, long h, KeyEquality eq) {
        int mask = table.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                int slot = i + j;
                if (table[slot] == null && !dummy[slot]) {
                    return -1;
                }
                if (table[slot] != null && hashes[slot] == h && (table[slot] == key || eq.equal(table[slot], key))) {
                    return slot;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public void traverse(Visitor visitor) {
        for (PyObject o : table) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        for (PyObject o : clearAll()) {
            release.release(o);
        }
    }
}
