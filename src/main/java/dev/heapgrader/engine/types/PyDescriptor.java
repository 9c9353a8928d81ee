package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * The descriptors a class namespace can hold besides functions: {@code property}, {@code staticmethod},
 * {@code classmethod}, a {@code __slots__} member (its index among the instance's slots), and the
 * {@code __dict__}/{@code __weakref__} getset descriptors CPython adds to each class that introduces them (each
 * holds a reference to the class, which is why a fresh class shows a count of 5).
 */
public final class PyDescriptor extends PyObject {
    public enum Kind { PROPERTY, STATICMETHOD, CLASSMETHOD, SLOT, DICT_GETSET, WEAKREF_GETSET }

    public final Kind kind;
    /** property: fget, fset, fdel, doc; static/classmethod: the callable; getset/slot: the owning type. */
    final PyObject[] refs;
    public final String name;
    public final int slotIndex;

    public PyDescriptor(PyType type, Kind kind, String name, int slotIndex, PyObject... ownedRefs) {
        super(type);
        this.kind = kind;
        this.name = name;
        this.slotIndex = slotIndex;
        this.refs = ownedRefs;
    }

    public PyObject ref(int i) {
        return i < refs.length ? refs[i] : null;
    }

    @Override
    public void traverse(Visitor visitor) {
        for (PyObject o : refs) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        for (int i = 0; i < refs.length; i++) {
            PyObject o = refs[i];
            refs[i] = null;
            if (o != null) {
                release.release(o);
            }
        }
    }
}
