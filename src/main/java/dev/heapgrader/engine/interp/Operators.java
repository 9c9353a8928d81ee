package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Subscripts;
import dev.heapgrader.engine.types.IntSlots;
import dev.heapgrader.engine.types.NumberArithmetic;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

/**
 * The opcodes that apply an operator to the values on top of the stack: arithmetic, comparison, identity,
 * membership, subscripts and attribute access. Each method's comment gives its stack effect as Python/bytecodes.c
 * writes it; the operands are released after the operation, whether it returned or raised, as the
 * instruction's {@code DECREF_INPUTS} does there.
 */
final class Operators {
    private static final BinaryOperator[] BINARY_OPERATORS = BinaryOperator.values();
    private static final CompareOperator[] COMPARE_OPERATORS = CompareOperator.values();
    private static final UnaryOperator[] UNARY_OPERATORS = UnaryOperator.values();

    private Operators() {
    }

    /** {@code LOAD_ATTR} (owner -- attr). */
    static void loadAttr(Interpreter ip, Frame f, int arg) {
        replaceTop(ip, f, arg, (i, frame, a, owner) -> Attributes.get(i, owner, frame.code.names[a]));
    }

    /** {@code STORE_ATTR} (v, owner --). */
    static void storeAttr(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject owner = f.pop();
        PyObject value = f.pop();
        try {
            Attributes.set(ip, owner, f.code.names[arg], value);
        } finally {
            rt.decref(owner);
            rt.decref(value);
        }
    }

    /** {@code DELETE_ATTR} (owner --). */
    static void deleteAttr(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject owner = f.pop();
        try {
            Attributes.delete(ip, owner, f.code.names[arg]);
        } finally {
            rt.decref(owner);
        }
    }

    /** {@code UNARY_OP} (value -- res). */
    static void unaryOp(Interpreter ip, Frame f, int arg) {
        replaceTop(ip, f, arg, (i, frame, a, v) -> Arithmetic.unary(i, UNARY_OPERATORS[a], v));
    }

    /** {@code UNARY_NOT} (value -- res). */
    static void unaryNot(Interpreter ip, Frame f, int arg) {
        replaceTop(ip, f, arg, (i, frame, a, v) -> i.rt.bool(!ObjectProtocol.truthy(i, v)));
    }

    /** {@code COMPARE_OP} (left, right -- res). */
    static void compareOp(Interpreter ip, Frame f, int arg) {
        replaceTopTwo(ip, f, arg, (i, a, left, right) -> combined(i, COMPARE_OPERATORS[a], left, right,
                exactInts(i, left, right) ? i.rt.bool(Compare.outcome(IntSlots.order((PyInt) left, (PyInt) right),
                        COMPARE_OPERATORS[a])) : Compare.rich(i, left, right, COMPARE_OPERATORS[a])));
    }

    /** {@code IS_OP} (left, right -- b). */
    static void isOp(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject right = f.pop();
        PyObject left = f.pop();
        boolean same = left == right;
        rt.decref(left);
        rt.decref(right);
        f.push(rt.bool(arg == 0 ? same : !same));
    }

    /** {@code CONTAINS_OP} (left, right -- b). */
    static void containsOp(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject container = f.pop();
        PyObject item = f.pop();
        try {
            boolean in = ObjectProtocol.contains(ip, container, item);
            f.push(rt.bool(arg == 0 ? in : !in));
        } finally {
            rt.decref(container);
            rt.decref(item);
        }
    }

    /** {@code BINARY_SUBSCR} (container, sub -- res). */
    static void binarySubscr(Interpreter ip, Frame f, int arg) {
        replaceTopTwo(ip, f, arg, (i, a, container, index) -> Subscripts.get(i, container, index));
    }

    /** {@code STORE_SUBSCR} (v, container, sub --). */
    static void storeSubscr(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject index = f.pop();
        PyObject container = f.pop();
        PyObject value = f.pop();
        try {
            Subscripts.set(ip, container, index, value);
        } finally {
            rt.decref(container);
            rt.decref(index);
            rt.decref(value);
        }
    }

    /** {@code DELETE_SUBSCR} (container, sub --). */
    static void deleteSubscr(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject index = f.pop();
        PyObject container = f.pop();
        try {
            Subscripts.delete(ip, container, index);
        } finally {
            rt.decref(container);
            rt.decref(index);
        }
    }

    /** {@code BINARY_OP} (lhs, rhs -- res). */
    static void binaryOp(Interpreter ip, Frame f, int arg) {
        replaceTopTwo(ip, f, arg, (i, a, left, right) -> combined(i, BINARY_OPERATORS[a], left, right,
                exactInts(i, left, right) ? NumberArithmetic.intOp(i, BINARY_OPERATORS[a], (PyInt) left, (PyInt) right)
                        : Arithmetic.binary(i, BINARY_OPERATORS[a], left, right)));
    }

    /** {@code BINARY_OP} of an augmented assignment (lhs, rhs -- res): {@code __iop__} first. */
    static void inplaceOp(Interpreter ip, Frame f, int arg) {
        replaceTopTwo(ip, f, arg, (i, a, left, right) -> combined(i, BINARY_OPERATORS[a], left, right,
                Arithmetic.inPlace(i, BINARY_OPERATORS[a], left, right)));
    }

    /**
     * Whether both operands are exact ints, whose comparison and arithmetic CPython 3.12 specialises
     * ({@code COMPARE_OP_INT}, {@code BINARY_OP_ADD_INT}, Python/bytecodes.c): {@code long_richcompare} and the
     * {@code long_*} number slots decide, as {@link Compare#rich} and {@link Arithmetic#binary} would reach them
     * for these operands after looking for overrides that an exact int cannot have.
     */
    private static boolean exactInts(Interpreter ip, PyObject left, PyObject right) {
        PyType intType = ip.rt.types.intType;
        return left.type() == intType && right.type() == intType;
    }

    /** The operation's result, given the origins of its operands once a probe has run ({@link ValueOrigins}). */
    private static PyObject combined(Interpreter ip, CompareOperator op, PyObject left, PyObject right,
                                     PyObject result) {
        return ip.origins.probing() ? ip.origins.combined(ip, op.symbol(), left, right, result) : result;
    }

    private static PyObject combined(Interpreter ip, BinaryOperator op, PyObject left, PyObject right,
                                     PyObject result) {
        return ip.origins.probing() ? ip.origins.combined(ip, op.symbol(), left, right, result) : result;
    }

    /** An operation on the value popped from the top of the stack; returns its result, owned. */
    @FunctionalInterface
    private interface OnTop {
        PyObject apply(Interpreter ip, Frame f, int arg, PyObject value);
    }

    /** An operation on the two values popped from the top of the stack; returns its result, owned. */
    @FunctionalInterface
    private interface OnTopTwo {
        PyObject apply(Interpreter ip, int arg, PyObject left, PyObject right);
    }

    /** Pops a value, pushes what {@code op} makes of it, and releases the value whether {@code op} returned or not. */
    private static void replaceTop(Interpreter ip, Frame f, int arg, OnTop op) {
        PyObject value = f.pop();
        try {
            f.push(op.apply(ip, f, arg, value));
        } finally {
            ip.rt.decref(value);
        }
    }

    /** Pops right then left, pushes what {@code op} makes of them, then releases left and right, as above. */
    private static void replaceTopTwo(Interpreter ip, Frame f, int arg, OnTopTwo op) {
        PyObject right = f.pop();
        PyObject left = f.pop();
        try {
            f.push(op.apply(ip, arg, left, right));
        } finally {
            ip.rt.decref(left);
            ip.rt.decref(right);
        }
    }
}
