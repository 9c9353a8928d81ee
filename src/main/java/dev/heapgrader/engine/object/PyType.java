package dev.heapgrader.engine.object;

import java.util.ArrayList;
import java.util.List;

/**
 * A type object: builtin ({@code int}, {@code list}...) or a class defined by the program. It holds what the
 * interpreter and the size model need from CPython's {@code PyTypeObject}: name, bases and MRO, the class
 * namespace, the instance layout (basic size, item size, GC or not, managed dict and weakref slots, declared
 * {@code __slots__}) and, for classes, the shared keys of their instances' dicts.
 */
public final class PyType extends PyObject {
    private final String name;
    private String qualname;
    private final String module;
    private PyTuple bases;
    private PyTuple mro;
    private List<PyType> mroList = List.of();
    private final PyDict dict;
    private final Layout layout;
    private final boolean heapType;
    /** Key sharing for instance dicts (3.11+ {@code PyDictKeysObject} of the class); null for builtin types. */
    private SharedKeys sharedKeys;
    /** The MRO as an array, for the lookup loop. */
    private PyType[] mroArray = new PyType[0];
    /** Shared by all types of the run (taken from the metatype); see {@link LookupEpoch}. */
    private final LookupEpoch lookupEpoch;
    /** {@link #lookup} results (null for names found nowhere) valid while the epoch is at {@code cachedAt}. */
    private final java.util.HashMap<String, PyObject> lookupCache = new java.util.HashMap<>();
    private long cachedAt = -1;
    /** {@link #derivedSlots} result, valid while the epoch is at {@code derivedSlotsAt}. */
    private Object derivedSlots;
    private long derivedSlotsAt = -1;

    /**
     * The instance layout: {@code tp_basicsize} and {@code tp_itemsize}, whether instances are GC objects, whether
     * they have a managed {@code __dict__} and a weakref slot, and their declared slot names (own slots only).
     */
    public record Layout(long basicSize, long itemSize, boolean gc, boolean managedDict, boolean weakrefSlot,
                         List<String> slotNames, int slotOffset) {
    }

    private PyType bestBase;
    /**
     * {@code tp_subclasses}: a dict from each subclass's address to a weak reference to it, created with the first
     * subclass and never traversed (see {@code engine.types.TypeSubclasses}); null until then.
     */
    private PyDict subclasses;

    public PyType(PyType metatype, String name, String module, PyDict dict, Layout layout, boolean heapType) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.dict = dict;
        this.layout = layout;
        this.heapType = heapType;
        this.lookupEpoch = metatype != null ? metatype.lookupEpoch : new LookupEpoch();
        dict.watchForLookups(lookupEpoch);
    }

    /** Sets bases and the MRO once the type exists (the MRO contains the type itself). */
    public void setHierarchy(PyTuple bases, PyTuple mro) {
        this.bases = bases;
        this.mro = mro;
        List<PyType> list = new ArrayList<>(mro.size());
        for (int i = 0; i < mro.size(); i++) {
            list.add((PyType) mro.get(i));
        }
        this.mroList = List.copyOf(list);
        this.mroArray = list.toArray(new PyType[0]);
        lookupEpoch.advance();
        // Objects/typeobject.c type_new_impl: a heap type whose instances have a managed dict (its own or
        // inherited from a heap base) owns the cached keys its instances share; builtin bases with an explicit
        // dict slot (exceptions) give none
        boolean managed = false;
        for (PyType k : mroList) {
            managed |= k.heapType && k.layout.managedDict();
        }
        if (heapType && managed && sharedKeys == null) {
            sharedKeys = new SharedKeys();
        }
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String module() {
        return module;
    }

    public PyTuple bases() {
        return bases;
    }

    public PyTuple mro() {
        return mro;
    }

    public List<PyType> mroList() {
        return mroList;
    }

    /**
     * CPython's {@code tp_base}: for a class statement the base {@code best_base} chose (set by the class builder),
     * otherwise the first base.
     */
    public PyType base() {
        if (bestBase != null) {
            return bestBase;
        }
        return bases == null || bases.size() == 0 ? null : (PyType) bases.get(0);
    }

    /** Records {@code best_base}'s choice; the caller holds the reference tp_base owns. */
    public void setBestBase(PyType base) {
        this.bestBase = base;
    }

    public PyDict dict() {
        return dict;
    }

    /** The class gives its instances no cached keys after all (3.11, over a variable-sized builtin). */
    public void dropSharedKeys() {
        sharedKeys = null;
    }

    /** {@code tp_subclasses}, or null while the type has had no subclass. */
    public PyDict subclasses() {
        return subclasses;
    }

    /** Sets {@code tp_subclasses}; the type owns the reference to the dict from then on. */
    public void setSubclasses(PyDict owned) {
        this.subclasses = owned;
    }

    public Layout layout() {
        return layout;
    }

    public boolean isHeapType() {
        return heapType;
    }

    public SharedKeys sharedKeys() {
        return sharedKeys;
    }

    /** Whether {@code this} is {@code other} or a subclass of it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mroArray) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * The slots {@code engine.types} derives from this class's MRO (a class derived from a builtin that overrides
     * its container methods), computed again only once a class namespace has changed, as CPython keeps a heap
     * type's slots until {@code update_slot} changes them.
     */
    public Object derivedSlots(java.util.function.Function<PyType, Object> compute) {
        long now = lookupEpoch.value();
        if (derivedSlotsAt != now) {
            derivedSlots = compute.apply(this);
            derivedSlotsAt = now;
        }
        return derivedSlots;
    }

    /** Looks a name up along the MRO without binding ({@code _PyType_Lookup}); borrowed, or null. */
    public PyObject lookup(String attr) {
        long now = lookupEpoch.value();
        if (cachedAt != now) {
            lookupCache.clear();
            cachedAt = now;
        }
        PyObject cached = lookupCache.get(attr);
        if (cached != null || lookupCache.containsKey(attr)) {
            return cached;
        }
        PyObject found = null;
        for (PyType t : mroArray) {
            PyObject v = t.dict.getStr(attr);
            if (v != null) {
                found = v;
                break;
            }
        }
        lookupCache.put(attr, found);
        return found;
    }

    /** {@code type_clear}: drops the MRO tuple (which holds the type itself), returned owned to be released. */
    public PyTuple takeMro() {
        PyTuple m = mro;
        mro = null;
        lookupEpoch.advance();
        return m;
    }

    /** {@code type_dealloc}: a heap type releases its dict, its bases and its MRO. */
    @Override
    public void clearReferences(Releaser release) {
        if (!heapType) {
            return;
        }
        PyTuple b = bases;
        PyTuple m = mro;
        PyType best = bestBase;
        bases = null;
        mro = null;
        bestBase = null;
        // type_dealloc: tp_base first (the reference type_new took), then the dict, the bases and the MRO
        if (best != null) {
            release.release(best);
        }
        release.release(dict);
        if (b != null) {
            release.release(b);
        }
        if (m != null) {
            release.release(m);
        }
        if (type().isHeapType()) {
            // subtype_dealloc: a class made by a metaclass written in Python releases it last
            release.release(type());
        }
    }

    /**
     * {@code type_traverse} (Objects/typeobject.c): tp_dict, tp_cache (never set here), tp_mro, tp_bases and tp_base,
     * whose reference type_new took. The collector and {@code gc.get_referents} only ever see heap types.
     */
    @Override
    public void traverse(Visitor visitor) {
        if (heapType && type().isHeapType()) {
            // subtype_traverse: a class made by a metaclass written in Python visits the metaclass first
            visitor.visit(type());
        }
        visitor.visit(dict);
        if (mro != null) {
            visitor.visit(mro);
        }
        if (bases != null) {
            visitor.visit(bases);
            if (heapType && base() != null) {
                visitor.visit(base());
            }
        }
    }
}
