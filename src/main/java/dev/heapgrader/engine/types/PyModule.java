package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A module object: a name and its namespace dict. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(PyType type, String name, PyDict ownedDict) {
        super(type);
        this.name = name;
        this.dict = ownedDict;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(dict);
    }
}
