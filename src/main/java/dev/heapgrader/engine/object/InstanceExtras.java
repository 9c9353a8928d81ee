package dev.heapgrader.engine.object;

/**
 * What an instance of a class derived from a builtin type ({@code class Stack(list)}) carries besides the
 * builtin's own layout: its {@code __dict__} and the values of its slots (Objects/typeobject.c lays both after the
 * base's fields). The dict is made by the first attribute store or {@code __dict__} read, as
 * {@code _PyObject_GetDictPtr} callers do; until then the instance traverses no dict.
 */
public final class InstanceExtras {
    private final boolean hasDict;
    private PyDict dict;
    private final PyObject[] slots;

    /** {@code hasDict}: whether the class gives its instances a {@code __dict__} (no {@code __slots__}, or one naming it). */
    public InstanceExtras(boolean hasDict, int slotCount) {
        this.hasDict = hasDict;
        this.slots = new PyObject[slotCount];
    }

    /** The dict, or null while none was made (or the class has none). */
    public PyDict dict() {
        return dict;
    }

    /** The dict, made by {@code make} on first use; null when the class gives its instances none. */
    public PyDict materializeDict(java.util.function.Supplier<PyDict> make) {
        if (hasDict && dict == null) {
            dict = make.get();
        }
        return dict;
    }

    /** Drops the dict (the caller releases it). */
    public PyDict takeDict() {
        PyDict d = dict;
        dict = null;
        return d;
    }

    public PyObject[] slots() {
        return slots;
    }
}
