package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * The slots of {@code complex} (Objects/complexobject.c); its arithmetic is {@code ComplexArithmetic}, its text
 * {@code ComplexFormat}.
 */
final class ComplexSlots {
    static final TypeSlots SLOTS = new TypeSlots(ComplexSlots::repr, ObjectSlots::hash, ComplexSlots::compare);

    private ComplexSlots() {
    }

    static String repr(Interpreter ip, PyObject self) {
        return ComplexFormat.repr((PyComplex) self);
    }

    /** {@code complex_richcompare}: equality with a complex, float or int; no order. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (ComplexArithmetic.applies(self, other) && ObjectSlots.isEquality(op)) {
            return ObjectSlots.equality(ip, ComplexArithmetic.equal(ip, self, other), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }
}
