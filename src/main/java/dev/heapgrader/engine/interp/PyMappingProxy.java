package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** {@code C.__dict__}: a read-only view of a class namespace (Objects/descrobject.c {@code mappingproxy}). */
final class PyMappingProxy extends PyObject {
    final PyDict mapping;

    PyMappingProxy(PyType type, PyDict ownedMapping) {
        super(type);
        this.mapping = ownedMapping;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(mapping);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(mapping);
    }
}
