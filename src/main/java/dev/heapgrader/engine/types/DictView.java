package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** {@code dict.keys()}, {@code values()} or {@code items()}: a live view holding its dict. */
public final class DictView extends PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    public final PyDict dict;
    public final Kind kind;

    DictView(PyType type, PyDict ownedDict, Kind kind) {
        super(type);
        this.dict = ownedDict;
        this.kind = kind;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(dict);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(dict);
    }
}
