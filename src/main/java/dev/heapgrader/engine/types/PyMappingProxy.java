package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** {@code C.__dict__}: a read-only view of a class namespace (Objects/descrobject.c {@code mappingproxy}). */
public final class PyMappingProxy extends PyObject {
    public final PyDict mapping;

    public PyMappingProxy(PyType type, PyDict ownedMapping) {
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
