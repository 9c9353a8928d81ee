package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The slots of {@code object} (Objects/typeobject.c), which every type without its own inherits: the
 * {@code <T object at 0x...>} repr, the address-derived hash and a comparison that only a derived class's own
 * special method can answer.
 */
public final class ObjectSlots {
    static final TypeSlots SLOTS = new TypeSlots(ObjectSlots::repr, ObjectSlots::hash, ObjectSlots::compare);

    private ObjectSlots() {
    }

    /** {@code object_repr}: the module-qualified name for a class defined in Python. */
    static String repr(Interpreter ip, PyObject self) {
        PyType t = self.type();
        String name = t.isHeapType() ? t.module() + "." + t.qualname() : t.name();
        return "<" + name + " object at " + address(self) + ">";
    }

    /** Python/pyhash.c {@code _Py_HashPointer}: the address rotated by four bits. */
    static long hash(Interpreter ip, PyObject self) {
        return Long.rotateRight(self.address(), 4);
    }

    /** {@code PyObject_HashNotImplemented}: the hash of a mutable container. */
    static long unhashable(Interpreter ip, PyObject self) {
        throw ip.errors.typeError("unhashable type: '" + self.type().name() + "'");
    }

    /**
     * Objects/typeobject.c {@code slot_tp_richcompare}: the special method a class defined in Python gives
     * ({@code __eq__}, {@code __lt__}...); builtin methods are not called here, their rule is their type's slot.
     */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        return Calls.callSpecialBinary(ip, self, Compare.dunder(op), other);
    }

    /** The answer of a type that defines only {@code ==} and {@code !=}: NotImplemented for an order. */
    static PyObject equality(Interpreter ip, boolean equal, CompareOperator op) {
        if (op == CompareOperator.EQ) {
            return ip.rt.bool(equal);
        }
        if (op == CompareOperator.NOT_EQ) {
            return ip.rt.bool(!equal);
        }
        return null;
    }

    static boolean isEquality(CompareOperator op) {
        return op == CompareOperator.EQ || op == CompareOperator.NOT_EQ;
    }

    /** An object's address as CPython's {@code %p} prints it. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(o.address());
    }
}
