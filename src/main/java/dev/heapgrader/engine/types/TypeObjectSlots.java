package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** The slots of {@code type}, the class of classes (Objects/typeobject.c). */
final class TypeObjectSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(TypeObjectSlots::repr);

    private TypeObjectSlots() {
    }

    /** {@code type_repr}: {@code <class 'int'>}, or module-qualified for a class defined in Python. */
    static String repr(Interpreter ip, PyObject self) {
        PyType t = (PyType) self;
        return "<class '" + (t.isHeapType() ? t.module() + "." + t.qualname() : t.name()) + "'>";
    }
}
