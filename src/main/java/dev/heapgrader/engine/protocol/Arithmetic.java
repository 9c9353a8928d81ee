package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.TypeSlots;

/**
 * Binary, in-place and unary operators (Objects/abstract.c {@code binary_op1}): the builtin types' number and
 * sequence slots first (each type's own arithmetic is its slots unit: {@code IntSlots}, {@code StrSlots},
 * {@code ListSlots}...), then {@code __op__} of the left operand and {@code __rop__} of the right, with the
 * subclass rule.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return binary(ip, op, a, b, op.symbol());
    }

    /** {@code symbol} names the operator in the TypeError ("+=" for an augmented assignment). */
    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b, String symbol) {
        // an instance of a class derived from a builtin type uses its class's methods first, then the builtin's
        boolean subclassOperand = a.extras() != null || b.extras() != null;
        PyObject r = subclassOperand ? null : builtin(ip, op, a, b);
        if (r != null) {
            return r;
        }
        InterpreterState rt = ip.rt;
        boolean reflectFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b.type().isHeapType();
        if (reflectFirst) {
            r = Calls.callSpecialBinary(ip, b, op.reflected(), a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        r = Calls.callSpecialBinary(ip, a, op.method(), b);
        if (r != null && r != rt.notImplemented) {
            return r;
        }
        rt.xdecref(r);
        if (!reflectFirst && a.type() != b.type()) {
            r = Calls.callSpecialBinary(ip, b, op.reflected(), a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        r = subclassOperand ? builtin(ip, op, a, b) : null;
        if (r != null) {
            return r;
        }
        throw unsupported(ip, symbol, a, b);
    }

    public static PyException unsupported(Interpreter ip, String symbol, PyObject a, PyObject b) {
        if (symbol.equals("+") && a instanceof PyStr && !(b instanceof PyStr)) {
            return ip.errors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (symbol.equals("+") && a instanceof dev.heapgrader.engine.object.PyBytes) {
            return ip.errors.typeError("can't concat " + b.type().name() + " to bytes");
        }
        if (symbol.equals("+") && a instanceof PyList && !(b instanceof PyList)) {
            return ip.errors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (symbol.equals("+") && a instanceof PyTuple && !(b instanceof PyTuple)) {
            return ip.errors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (symbol.equals("*") && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)
                && !(b instanceof PyInt)) {
            return ip.errors.typeError("can't multiply sequence by non-int of type '" + b.type().name() + "'");
        }
        if (symbol.equals("*") && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)
                && !(a instanceof PyInt)) {
            return ip.errors.typeError("can't multiply sequence by non-int of type '" + a.type().name() + "'");
        }
        if (symbol.startsWith("**")) {
            return ip.errors.typeError("unsupported operand type(s) for " + symbol + " or pow(): '" + a.type().name()
                    + "' and '" + b.type().name() + "'");
        }
        return ip.errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    /**
     * Objects/abstract.c {@code binary_iop1}: the left operand's in-place slot ({@code nb_inplace_*}), a class's
     * {@code __iop__}, else the binary operator.
     */
    public static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        InterpreterState rt = ip.rt;
        TypeSlots.InPlaceSlot slot = BuiltinSlots.of(a).inPlace();
        if (slot != null) {
            PyObject r = slot.inPlace(ip, op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a.type().isHeapType()) {
            PyObject r = Calls.callSpecialBinary(ip, a, op.inPlace(), b);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        return binary(ip, op, a, b, op.symbol() + "=");
    }

    /**
     * Objects/abstract.c {@code binary_op1} for the builtin types: the left operand's slot, then the right
     * operand's when its type differs, each given both operands in order; null when neither has a rule.
     */
    private static PyObject builtin(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        TypeSlots left = BuiltinSlots.of(a);
        if (left.binary() != null) {
            PyObject r = left.binary().binary(ip, op, a, b);
            if (r != null) {
                return r;
            }
        }
        TypeSlots right = BuiltinSlots.of(b);
        return right != left && right.binary() != null ? right.binary().binary(ip, op, a, b) : null;
    }

    /** Objects/abstract.c {@code PyNumber_Negative}, {@code PyNumber_Positive}, {@code PyNumber_Invert}. */
    public static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        TypeSlots.UnarySlot slot = BuiltinSlots.of(v).unary();
        PyObject result = slot != null ? slot.unary(ip, op, v) : null;
        if (result != null) {
            return result;
        }
        String method = switch (op) {
            case USUB -> "__neg__";
            case UADD -> "__pos__";
            case INVERT -> "__invert__";
            default -> throw new IllegalStateException();
        };
        PyObject r = Calls.callSpecial(ip, v, method);
        if (r != null) {
            return r;
        }
        String symbol = switch (op) {
            case USUB -> "-";
            case UADD -> "+";
            default -> "~";
        };
        throw ip.errors.typeError("bad operand type for unary " + symbol + ": '" + v.type().name() + "'");
    }
}
