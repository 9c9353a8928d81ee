package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Subscripts;

/** The slots of {@code type}, the class of classes (Objects/typeobject.c). */
final class TypeObjectSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(TypeObjectSlots::repr).withSubscript(TypeObjectSlots::subscript);
    /**
     * A class whose metaclass is written in Python: type's slots, and the container slots the metaclass fills
     * from its special methods ({@code slot_sq_length}, {@code slot_tp_iter}..., as for any instance).
     */
    static final TypeSlots WITH_PYTHON_METACLASS = SLOTS.withBool(InstanceSlots::bool)
            .withLength(InstanceSlots::length).withContains(InstanceSlots::contains).withIter(InstanceSlots::iter);

    private TypeObjectSlots() {
    }

    /** {@code type_repr}: {@code <class 'int'>}, or module-qualified for a class defined in Python. */
    static String repr(Interpreter ip, PyObject self) {
        PyType t = (PyType) self;
        return "<class '" + (t.isHeapType() ? t.module() + "." + t.qualname() : t.name()) + "'>";
    }

    /**
     * {@code type_getitem} ({@code cls[key]}): a class's {@code __class_getitem__}, an implicit classmethod; a
     * builtin type without one gives itself back; otherwise the metaclass's {@code __getitem__}.
     */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject key) {
        PyType t = (PyType) self;
        PyObject cls = t.lookup("__class_getitem__");
        if (cls == null && !t.isHeapType()) {
            return t.newRef();
        }
        PyObject fn = cls instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD ? d.ref(0) : cls;
        if (fn instanceof PyFunction) {
            return Calls.call(ip, fn, new PyObject[] {t, key}, null);
        }
        if (t.type().lookup("__getitem__") == null) {
            // Objects/abstract.c PyObject_GetItem: a class without either names itself
            throw ip.errors.typeError("type '" + t.name() + "' is not subscriptable");
        }
        return Subscripts.getBySpecialMethod(ip, self, key);
    }
}
