package dev.heapgrader.engine.object;

/**
 * Every simulated Python object. The reference count is explicit and mirrors CPython's {@code ob_refcnt}; the
 * address is what {@code id()} returns. Garbage-collector links live here too, as in CPython's {@code PyGC_Head},
 * so that tracking and untracking are constant time.
 */
public abstract class PyObject {
    /** The count CPython 3.12+ reports for immortal objects (Include/object.h, {@code _Py_IMMORTAL_REFCNT}). */
    public static final long IMMORTAL = 0xFFFF_FFFFL;

    private PyType type;
    long refcnt = 1;
    long address;
    /** The collector's bookkeeping for this object, null for objects of non-GC types. */
    private GcLinks gc;
    /** The dict and slots of an instance of a class derived from a builtin type; null otherwise. */
    private InstanceExtras extras;

    protected PyObject(PyType type) {
        this.type = type;
    }

    public final PyType type() {
        return type;
    }

    /** Rebinding {@code __class__}; the caller adjusts the reference counts of the two types. */
    public final void setType(PyType newType) {
        this.type = newType;
    }

    public final long refcnt() {
        return refcnt;
    }

    public final boolean isImmortal() {
        return refcnt == IMMORTAL;
    }

    public final void makeImmortal() {
        refcnt = IMMORTAL;
    }

    /** {@code Py_INCREF}. */
    public final void incref() {
        if (refcnt != IMMORTAL) {
            refcnt++;
        }
    }

    /** {@code Py_NewRef}: increments and returns this, for storing a borrowed reference. */
    public final PyObject newRef() {
        if (refcnt != IMMORTAL) {
            refcnt++;
        }
        return this;
    }

    /**
     * Decrements without deallocating; returns true when the count reached zero and the caller must hand the object
     * to the heap's deallocator. Kept separate so the object model stays free of the runtime.
     */
    public final boolean decrefReachesZero() {
        if (refcnt == IMMORTAL) {
            return false;
        }
        return --refcnt == 0;
    }

    /** Used by deallocation and resurrection (PEP 442) only. */
    public final void setRefcnt(long count) {
        refcnt = count;
    }

    public final InstanceExtras extras() {
        return extras;
    }

    public final void setExtras(InstanceExtras extras) {
        this.extras = extras;
    }

    /**
     * {@code tp_traverse} as the collector sees it. For an instance of a class derived from a builtin type that is
     * {@code subtype_traverse}: the slots, the dict once made and the heap type, then the builtin base's traverse.
     */
    public final void traverseAll(Visitor visitor) {
        traverseExtras(visitor);
        traverse(visitor);
    }

    /** {@code subtype_traverse}'s own part: slots, dict (once made), the heap type; nothing for other objects. */
    public final void traverseExtras(Visitor visitor) {
        if (extras != null) {
            for (PyObject s : extras.slots()) {
                if (s != null) {
                    visitor.visit(s);
                }
            }
            if (extras.dict() != null) {
                visitor.visit(extras.dict());
            }
            visitor.visit(type);
        }
    }

    public final long address() {
        return address;
    }

    public final void setAddress(long address) {
        this.address = address;
    }

    /** The collector links, present only for objects of GC types once the heap registered them. */
    public final GcLinks gc() {
        return gc;
    }

    public final void setGc(GcLinks links) {
        this.gc = links;
    }

    /**
     * Calls {@code visitor} on each object this one holds a strong reference to, in CPython's {@code tp_traverse}
     * order. Atomic objects hold none.
     */
    public void traverse(Visitor visitor) {
    }

    /**
     * Drops every reference this object holds as CPython's {@code tp_dealloc} does, in its order, handing each to
     * {@code release}; called once the count reached zero (or by {@code tp_clear} for the cycle collector).
     */
    public void clearReferences(Releaser release) {
    }

    /** Receives references during traversal. */
    @FunctionalInterface
    public interface Visitor {
        void visit(PyObject referent);
    }

    /** Receives references being dropped; it decrements and may deallocate. */
    @FunctionalInterface
    public interface Releaser {
        void release(PyObject referent);
    }
}
