package dev.heapgrader.engine.object;

import java.util.Arrays;

/**
 * A {@code dict}: entries in insertion order with an open-addressing index whose size follows CPython's
 * {@code PyDictKeysObject} exactly (Objects/dictobject.c), so {@code sys.getsizeof} can read the table size, the
 * usable slots left and whether the keys table is a "unicode" (all-str) one.
 */
public final class PyDict extends PyObject {
    /** {@code PyDict_LOG_MINSIZE}. */
    public static final int LOG_MINSIZE = 3;

    private PyObject[] keys = new PyObject[0];
    private PyObject[] values = new PyObject[0];
    private long[] hashes = new long[0];
    private int[] index;
    private int log2Size;
    private int usable;
    private int nentries;
    private int used;
    private boolean unicodeKeys;
    /** True while the dict uses the shared empty keys object ({@code Py_EMPTY_KEYS}): no table allocated. */
    private boolean emptyKeys = true;
    /**
     * For an instance dict still sharing its class's keys (a CPython 3.11+ split table), those keys; null for an
     * ordinary combined table.
     */
    private SharedKeys shared;
    /** Tracked by the collector (dicts start untracked until they hold a possibly-tracked object). */
    private boolean mayBeTracked;
    /** Set for a type's namespace: every change advances it, so the types' lookup caches start over. */
    private LookupEpoch lookupEpoch;

    private boolean valuesEmbedded;

    public PyDict(PyType type) {
        super(type);
    }

    /** Makes this dict a type's namespace: its changes invalidate the lookup caches of every type. */
    void watchForLookups(LookupEpoch epoch) {
        lookupEpoch = epoch;
    }

    /**
     * Makes a namespace's changes advance {@code epoch} (the interpreter's LOAD_GLOBAL cache trusts its entries
     * while the epoch stands still). False when the dict already advances another epoch, a type's namespace,
     * whose changes that cache then cannot follow.
     */
    public boolean followedBy(LookupEpoch epoch) {
        if (lookupEpoch == null) {
            lookupEpoch = epoch;
        }
        return lookupEpoch == epoch;
    }

    public int size() {
        return used;
    }

    public int log2Size() {
        return log2Size;
    }

    public int nentries() {
        return nentries;
    }

    public int usableLeft() {
        return usable;
    }

    public boolean hasUnicodeKeys() {
        return unicodeKeys;
    }

    public boolean usesEmptyKeys() {
        return emptyKeys;
    }

    public boolean mayBeTracked() {
        return mayBeTracked;
    }

    public void setMayBeTracked(boolean tracked) {
        this.mayBeTracked = tracked;
    }

    /** The class keys this instance dict shares, or null once (or if never) it has its own combined table. */
    public SharedKeys sharedKeys() {
        return shared;
    }

    /** Makes this (empty) dict an instance dict backed by the class's shared keys. */
    public void shareKeys(SharedKeys keys) {
        this.shared = keys;
    }

    /**
     * Stops sharing the class keys: the dict gets its own combined table sized by {@code insertion_resize}
     * ({@code log2keysize(used * 3)}), as Objects/dictobject.c {@code insertdict} does when a split table cannot
     * take a new key (shared keys full) or the key is not an exact str (then the entries are general ones).
     */
    public void unshareKeys(boolean unicode) {
        if (shared == null) {
            return;
        }
        shared = null;
        // a 3.13 dict that read its instance's inline values copies them into its own table (dictresize), and the
        // instance visits the dict from now on (PyObject_VisitManagedDict: the inline values are no longer valid)
        valuesEmbedded = false;
        rebuild(log2KeySize((long) used * 3), unicode);
    }

    /** {@code USABLE_FRACTION}: two thirds of the table. */
    public static int usableFraction(int size) {
        return (size << 1) / 3;
    }

    /** {@code calculate_log2_keysize}: bit_length(((m | 8) - 1) | 7), quirk included. */
    public static int log2KeySize(long minSize) {
        long m = ((minSize | 8) - 1) | 7;
        return 64 - Long.numberOfLeadingZeros(m);
    }

    /** {@code estimate_log2_keysize}: the table for n entries without growth. */
    public static int estimateLog2KeySize(long n) {
        return log2KeySize((n * 3 + 1) / 2);
    }

    /** Presizes an empty dict for {@code n} entries as {@code _PyDict_NewPresized} does. */
    public void presize(int n, boolean unicode) {
        if (n <= usableFraction(1 << LOG_MINSIZE)) {
            return;
        }
        rebuild(estimateLog2KeySize(n), unicode);
    }

    /** Allocates a table of 2^log2 slots before filling (clones and presized copies). */
    public void rebuildAt(int log2, boolean unicode) {
        rebuild(Math.max(log2, LOG_MINSIZE), unicode);
    }

    /** Borrowed value for a str key, or null; only for exact-str lookups (class and module namespaces). */
    public PyObject getStr(String key) {
        if (used == 0) {
            return null;
        }
        int slot = findStr(key, key.hashCode());
        return slot < 0 ? null : values[slot];
    }

    /**
     * The entry holding the str key {@code key}, or -1; entry {@code hint} is tried first (a name looked up again
     * and again, as a loop's LOAD_NAME does, is usually where it was), then the table is searched as usual.
     */
    public int strEntry(String key, int hint) {
        if (hint < nentries && keys[hint] instanceof PyStr s && hashes[hint] == key.hashCode()
                && s.value().equals(key)) {
            return hint;
        }
        return used == 0 ? -1 : findStr(key, key.hashCode());
    }

    /**
     * The entry holding an interned str key equal to {@code key}, or -1. Storing under such a key only replaces the
     * value (no comparison can run Python code), which {@link #replaceValueAt} does.
     */
    public int internedKeyEntry(String key) {
        return internedKeyEntry(key, 0);
    }

    /** As {@link #internedKeyEntry(String)}, trying entry {@code hint} first (see {@link #strEntry}). */
    public int internedKeyEntry(String key, int hint) {
        int slot = strEntry(key, hint);
        return slot >= 0 && keys[slot] instanceof PyStr s && s.isInterned() ? slot : -1;
    }

    /** Stores a new reference to {@code value} at entry {@code i}; returns the previous value, owned by the caller. */
    public PyObject replaceValueAt(int i, PyObject value) {
        if (lookupEpoch != null) {
            lookupEpoch.advance();
        }
        PyObject old = values[i];
        values[i] = value.newRef();
        return old;
    }

    /** Borrowed value, or null. */
    public PyObject get(PyObject key, KeyEquality eq) {
        if (used == 0) {
            return null;
        }
        int slot = find(key, eq.hash(key), eq);
        return slot < 0 ? null : values[slot];
    }

    /**
     * Stores a new reference to both key and value (the caller's references are borrowed); returns the previous
     * value, owned by the caller, or null when the key was new.
     */
    public PyObject put(PyObject key, PyObject value, KeyEquality eq) {
        if (lookupEpoch != null) {
            lookupEpoch.advance();
        }
        long h = eq.hash(key);
        if (used > 0) {
            int slot = find(key, h, eq);
            if (slot >= 0) {
                PyObject old = values[slot];
                values[slot] = value.newRef();
                return old;
            }
        }
        boolean exactStr = key instanceof PyStr && key.type().name().equals("str") && !key.type().isHeapType();
        if (shared != null && (!exactStr || (shared.indexOf(((PyStr) key).value()) < 0
                && shared.add(((PyStr) key).value()) < 0))) {
            // a split table takes only exact str keys that the shared keys hold or still have room for
            unshareKeys(exactStr);
        }
        insertNew(key.newRef(), value.newRef(), h, exactStr);
        return null;
    }

    /** Removes the key; returns the pair [key, value] now owned by the caller, or null when absent. */
    public PyObject[] remove(PyObject key, KeyEquality eq) {
        if (used == 0) {
            return null;
        }
        int slot = find(key, eq.hash(key), eq);
        if (slot < 0) {
            return null;
        }
        if (lookupEpoch != null) {
            lookupEpoch.advance();
        }
        PyObject[] pair = {keys[slot], values[slot]};
        keys[slot] = null;
        values[slot] = null;
        for (int i = 0; i < index.length; i++) {
            if (index[i] == slot) {
                index[i] = -2;
                break;
            }
        }
        used--;
        return pair;
    }

    /**
     * Moves the key's entry to the end of the order, or to the front, leaving the table's size as it is: what
     * Objects/odictobject.c {@code OrderedDict_move_to_end_impl} does to an OrderedDict's linked list (the engine
     * keeps that order in the entries). False when the key is absent.
     */
    public boolean moveEntry(PyObject key, KeyEquality eq, boolean last) {
        int slot = used == 0 || shared != null ? -1 : find(key, eq.hash(key), eq);
        if (slot < 0) {
            return false;
        }
        if (lookupEpoch != null) {
            lookupEpoch.advance();
        }
        int to = last ? nentries - 1 : 0;
        PyObject k = keys[slot];
        PyObject v = values[slot];
        long h = hashes[slot];
        int from = Math.min(slot, to) + (last ? 1 : 0);
        int dest = last ? slot : 1;
        int count = Math.abs(to - slot);
        System.arraycopy(keys, from, keys, dest, count);
        System.arraycopy(values, from, values, dest, count);
        System.arraycopy(hashes, from, hashes, dest, count);
        keys[to] = k;
        values[to] = v;
        hashes[to] = h;
        Arrays.fill(index, -1);
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                placeInIndex(hashes[i], i);
            }
        }
        return true;
    }

    /** The keys in order (borrowed). */
    public PyObject[] keyArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    /** The values in order (borrowed). */
    public PyObject[] valueArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    /** Number of entry positions (live and deleted), for iteration by position. */
    public int entryCount() {
        return nentries;
    }

    /** Borrowed key at entry position i, or null when deleted. */
    public PyObject keyAt(int i) {
        return keys[i];
    }

    /** Borrowed value at entry position i. */
    public PyObject valueAt(int i) {
        return values[i];
    }

    /** {@code dict.clear()}: back to the shared empty keys; returns the entries, owned, in order key, value... */
    public PyObject[] clearAll() {
        if (lookupEpoch != null) {
            lookupEpoch.advance();
        }
        PyObject[] out = new PyObject[used * 2];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
                out[j++] = values[i];
            }
        }
        keys = new PyObject[0];
        values = new PyObject[0];
        hashes = new long[0];
        index = null;
        log2Size = 0;
        usable = 0;
        nentries = 0;
        used = 0;
        emptyKeys = true;
        unicodeKeys = false;
        // PyDict_Clear: a split table also drops its shared keys for the empty ones
        shared = null;
        return out;
    }

    private void insertNew(PyObject key, PyObject value, long h, boolean isStr) {
        if (shared != null) {
            // split table: the engine keeps the values in a private table whose size nobody observes
            if (emptyKeys || usable <= 0) {
                rebuild(Math.max(LOG_MINSIZE, log2KeySize((long) used * 3)), true);
            }
        } else if (emptyKeys) {
            rebuild(LOG_MINSIZE, isStr);
        } else if (unicodeKeys && !isStr) {
            // insertdict: a non-str key in a unicode table forces insertion_resize to a general table
            rebuild(log2KeySize((long) used * 3), false);
        }
        if (usable <= 0) {
            // insertion_resize with GROWTH_RATE(d) = used * 3
            rebuild(log2KeySize((long) used * 3), unicodeKeys);
        }
        int slot = nentries;
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = h;
        placeInIndex(h, slot);
        nentries++;
        usable--;
        used++;
    }

    /** Rebuilds the table at 2^log2 slots with only the live entries ({@code dictresize}). */
    private void rebuild(int log2, boolean unicode) {
        int size = 1 << log2;
        int cap = usableFraction(size);
        PyObject[] nk = new PyObject[Math.max(cap, used)];
        PyObject[] nv = new PyObject[nk.length];
        long[] nh = new long[nk.length];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        index = new int[size];
        Arrays.fill(index, -1);
        log2Size = log2;
        nentries = j;
        usable = cap - j;
        unicodeKeys = unicode;
        emptyKeys = false;
        for (int i = 0; i < j; i++) {
            placeInIndex(nh[i], i);
        }
    }

    private void placeInIndex(long h, int slot) {
        int mask = index.length - 1;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            i = (i + 1) & mask;
        }
        index[i] = slot;
    }

    private int find(PyObject key, long h, KeyEquality eq) {
        int mask = index.length - 1;
        int i = (int) (h & mask);
        for (int probes = 0; probes <= mask; probes++) {
            int ix = index[i];
            if (ix == -1) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key || (hashes[ix] == h && eq.equal(k, key))) {
                    return ix;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int findStr(String key, long h) {
        int mask = index.length - 1;
        int i = (int) (h & mask);
        for (int probes = 0; probes <= mask; probes++) {
            int ix = index[i];
            if (ix == -1) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h && keys[ix] instanceof PyStr s && s.value().equals(key)) {
                return ix;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * 3.13: the dict reads its instance's inline values ({@code _PyObject_MaterializeManagedDict}); dict_traverse
     * skips embedded values, which the instance visits itself, so such a dict has no referents.
     */
    public void setValuesEmbedded(boolean embedded) {
        valuesEmbedded = embedded;
    }

    public boolean valuesEmbedded() {
        return valuesEmbedded;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (valuesEmbedded) {
            return;
        }
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                visitor.visit(keys[i]);
                visitor.visit(values[i]);
            }
        }
    }

    /** {@code dict_dealloc}: entries in order, key then value for each. */
    @Override
    public void clearReferences(Releaser release) {
        PyObject[] entries = clearAll();
        for (PyObject o : entries) {
            release.release(o);
        }
    }
}
