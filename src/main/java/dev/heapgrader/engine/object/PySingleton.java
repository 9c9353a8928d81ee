package dev.heapgrader.engine.object;

/** A singleton with no state: {@code None}, {@code Ellipsis} or {@code NotImplemented}, told apart by type. */
public final class PySingleton extends PyObject {
    private final String repr;

    public PySingleton(PyType type, String repr) {
        super(type);
        this.repr = repr;
    }

    public String repr() {
        return repr;
    }
}
