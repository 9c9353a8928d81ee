package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** {@code dict.keys()}, {@code values()} or {@code items()}: a live view holding its dict. */
final class DictView extends PyObject {
    enum Kind { KEYS, VALUES, ITEMS }

    final PyDict dict;
    final Kind kind;

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
