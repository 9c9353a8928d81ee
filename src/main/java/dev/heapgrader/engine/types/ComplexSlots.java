package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

/**
 * The slots of {@code complex} (Objects/complexobject.c); its arithmetic is {@code ComplexArithmetic}, its text
 * {@code ComplexFormat}.
 */
final class ComplexSlots {
    static final TypeSlots SLOTS = new TypeSlots(ComplexSlots::repr, ObjectSlots::hash, ComplexSlots::compare)
            .withBinary(ComplexSlots::binary).withUnary(ComplexSlots::unary);

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

    /** {@code complex_add}, {@code complex_mul}...: a complex with any number, in either order. */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return ComplexArithmetic.applies(a, b) ? ComplexArithmetic.binary(ip, op, a, b) : null;
    }

    /** {@code complex_neg}, {@code complex_pos}; a complex has no {@code ~}. */
    static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        PyComplex c = (PyComplex) v;
        return switch (op) {
            case USUB -> ComplexArithmetic.negate(ip, c);
            case UADD -> ip.rt.newComplex(c.real, c.imag);
            default -> null;
        };
    }
}
