package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link ValueOrigins}'s side table: the origins of each tagged object, keyed by the object's simulated address
 * and checked by identity. An address is a plain long, so asking about a new object costs no identity hash (the
 * hooks ask on most operations once a probe has run); the identity check means an address the heap reuses for
 * another object never inherits the first one's origins.
 */
final class OriginTable {
    private record Tagged(PyObject object, int[] origins) { }

    /** When the table reaches this size it drops freed objects first; doubled while most entries are alive. */
    private static final int FIRST_PURGE = 4096;

    private final Map<Long, Tagged> byAddress = new HashMap<>();
    private int purgeAt = FIRST_PURGE;

    boolean isEmpty() {
        return byAddress.isEmpty();
    }

    int size() {
        return byAddress.size();
    }

    /** The origins of {@code o}, or null. */
    int[] get(PyObject o) {
        Tagged t = byAddress.get(o.address());
        return t != null && t.object == o ? t.origins : null;
    }

    boolean contains(PyObject o) {
        return get(o) != null;
    }

    void put(PyObject o, int[] origins) {
        if (byAddress.size() >= purgeAt) {
            dropFreed();
            purgeAt = Math.max(FIRST_PURGE, 2 * byAddress.size());
        }
        byAddress.put(o.address(), new Tagged(o, origins));
    }

    void remove(PyObject o) {
        Tagged t = byAddress.get(o.address());
        if (t != null && t.object == o) {
            byAddress.remove(o.address());
        }
    }

    /** Drops the objects the program has freed (count zero): they can never be shown again. */
    private void dropFreed() {
        byAddress.values().removeIf(t -> t.object.refcnt() == 0 && !t.object.isImmortal());
    }
}
