package dev.heapgrader.engine.object;

/** An immutable {@code bytes} object. */
public final class PyBytes extends PyObject {
    private final byte[] value;

    public PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** The bytes themselves; callers must not modify the array. */
    public byte[] value() {
        return value;
    }
}
