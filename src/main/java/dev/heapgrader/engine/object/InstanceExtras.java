package dev.heapgrader.engine.object;

/**
 * What an instance of a class derived from a builtin type ({@code class Stack(list)}) carries besides the
 * builtin's own layout: its {@code __dict__} (null under {@code __slots__} without {@code '__dict__'}) and the
 * values of its slots (Objects/typeobject.c lays both after the base's fields).
 */
public final class InstanceExtras {
    private PyDict dict;
    private final PyObject[] slots;

    public InstanceExtras(PyDict dict, int slotCount) {
        this.dict = dict;
        this.slots = new PyObject[slotCount];
    }

    public PyDict dict() {
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
