package dev.heapgrader.engine.object;

/**
 * An instance of a class defined by the program. Attributes of a class with a managed dict live in {@code attrs};
 * that dict becomes an observable object (with its own count and GC identity) only once it is materialised by
 * {@code __dict__} or {@code vars()}, as CPython 3.11+ keeps attributes as inline values until then.
 * Declared {@code __slots__} live in {@code slots}, laid out base-first as CPython's member offsets are.
 */
public class PyInstance extends PyObject {
    private PyDict attrs;
    private boolean dictMaterialized;
    /** True once the instance dict stopped sharing the class keys (too many names, or a non-str key). */
    private boolean combined;
    private final PyObject[] slots;
    /** Weak references to this object, oldest first; each is a {@link PyWeakref}. */
    private java.util.List<PyWeakref> weakrefs;

    public PyInstance(PyType type, PyDict attrs, int slotCount) {
        super(type);
        this.attrs = attrs;
        this.slots = slotCount == 0 ? NO_SLOTS : new PyObject[slotCount];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    /** The attribute storage, or null when the class has no {@code __dict__}. */
    public PyDict attrs() {
        return attrs;
    }

    /** Replaces the dict ({@code obj.__dict__ = d}); the caller handles references. */
    public void replaceAttrs(PyDict dict) {
        this.attrs = dict;
        this.dictMaterialized = true;
        this.combined = true;
    }

    public boolean dictMaterialized() {
        return dictMaterialized;
    }

    public void markDictMaterialized() {
        dictMaterialized = true;
    }

    public boolean combined() {
        return combined || (attrs != null && attrs.sharedKeys() == null);
    }

    public void markCombined() {
        combined = true;
    }

    public PyObject[] slots() {
        return slots;
    }

    public java.util.List<PyWeakref> weakrefs() {
        return weakrefs;
    }

    public void addWeakref(PyWeakref ref) {
        if (weakrefs == null) {
            weakrefs = new java.util.ArrayList<>();
        }
        weakrefs.add(ref);
    }

    /**
     * Objects/typeobject.c {@code subtype_traverse}: slots, then the managed dict (the inline values while no dict
     * object owns them, or while a 3.13 dict is still backed by them), then the heap type.
     */
    @Override
    public void traverse(Visitor visitor) {
        for (PyObject s : slots) {
            if (s != null) {
                visitor.visit(s);
            }
        }
        if (attrs != null) {
            if (dictMaterialized && !attrs.valuesEmbedded()) {
                visitor.visit(attrs);
            } else {
                for (int i = 0; i < attrs.entryCount(); i++) {
                    if (attrs.keyAt(i) != null) {
                        visitor.visit(attrs.valueAt(i));
                    }
                }
            }
        }
        if (type().isHeapType()) {
            visitor.visit(type());
        }
    }
}
