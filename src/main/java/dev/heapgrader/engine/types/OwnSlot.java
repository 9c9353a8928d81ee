package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/**
 * Whether a builtin type's own number slot accepts an operand, the test each slot function makes before it
 * returns {@code Py_NotImplemented}: {@code CHECK_BINOP} in Objects/longobject.c (ints only),
 * {@code CONVERT_TO_DOUBLE} in Objects/floatobject.c (ints and floats), {@code set_or} (any set), {@code dict_or}
 * (dicts only). What it accepts, the operator computes as the slot would.
 */
final class OwnSlot {
    private OwnSlot() {
    }

    static boolean handlesOperand(Interpreter ip, PyType k, BinaryOperator op, PyObject other, boolean reflected) {
        int rank = numericRank(k.name());
        if (rank >= 0) {
            int otherRank = numericRankOf(other);
            return otherRank >= 0 && otherRank <= rank;
        }
        return switch (k.name()) {
            // sq_concat and sq_repeat raise their own TypeError for what they cannot take
            case "str", "bytes" -> op != BinaryOperator.MOD || !reflected || isA(other, k.name());
            case "dict" -> isA(other, "dict");
            case "set", "frozenset" -> isA(other, "set") || isA(other, "frozenset");
            default -> true;
        };
    }

    /** int (and bool) 0, float 1, complex 2, -1 for the rest: a numeric slot converts what ranks at most its own. */
    private static int numericRank(String name) {
        return switch (name) {
            case "int", "bool" -> 0;
            case "float" -> 1;
            case "complex" -> 2;
            default -> -1;
        };
    }

    private static int numericRankOf(PyObject o) {
        return isA(o, "complex") ? 2 : isA(o, "float") ? 1 : isA(o, "int") ? 0 : -1;
    }

    /** An instance of the builtin type of that name, or of a class derived from it. */
    static boolean isA(PyObject o, String builtin) {
        for (PyType t : o.type().mroList()) {
            if (!t.isHeapType() && t.name().equals(builtin)) {
                return true;
            }
        }
        return false;
    }
}
