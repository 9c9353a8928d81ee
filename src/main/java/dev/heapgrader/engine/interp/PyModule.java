package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A module object: a name and its namespace dict. */
final class PyModule extends PyObject {
    final String name;
    final PyDict dict;

    PyModule(PyType type, String name, PyDict ownedDict) {
        super(type);
        this.name = name;
        this.dict = ownedDict;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(dict);
    }
}
