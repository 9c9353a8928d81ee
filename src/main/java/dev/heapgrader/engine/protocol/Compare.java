package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/**
 * Rich comparison (Objects/object.c {@code do_richcompare}): the reflected operand first when its type is a
 * Python-defined subclass of the left one's, then the left operand's {@code tp_richcompare}, then the right one's
 * reflected, then identity for {@code ==}/{@code !=}, else a TypeError naming both types. Each type's own rule is
 * its slot in {@code engine.types} ({@code IntSlots.compare}, {@code ListSlots.compare}...), found in
 * {@code BuiltinSlots}, unless a class defined in Python overrides it ({@link ProgramComparisons}).
 */
public final class Compare {
    private Compare() {
    }

    public static PyObject rich(Interpreter ip, PyObject a, PyObject b, CompareOperator op) {
        InterpreterState rt = ip.rt;
        CompareOperator reflected = reflect(op);
        // a derived class defined in Python overrides its base's comparison: its reflected method goes first
        boolean reflectFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b.type().isHeapType();
        if (reflectFirst) {
            PyObject r = ProgramComparisons.compare(ip, b, a, reflected);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        PyObject r = ProgramComparisons.compare(ip, a, b, op);
        if (r != null && r != rt.notImplemented) {
            return r;
        }
        rt.xdecref(r);
        if (!reflectFirst) {
            r = ProgramComparisons.compare(ip, b, a, reflected);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        if (op == CompareOperator.EQ) {
            return rt.bool(a == b);
        }
        if (op == CompareOperator.NOT_EQ) {
            return rt.bool(a != b);
        }
        throw ip.errors.typeError("'" + op.symbol() + "' not supported between instances of '"
                + a.type().name() + "' and '" + b.type().name() + "'");
    }

    public static boolean equalsBool(Interpreter ip, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        PyObject r = rich(ip, a, b, CompareOperator.EQ);
        try {
            return ObjectProtocol.truthy(ip, r);
        } finally {
            ip.rt.decref(r);
        }
    }

    /** Whether a comparison whose sign is {@code c} satisfies {@code op}. */
    public static boolean outcome(int c, CompareOperator op) {
        return switch (op) {
            case EQ -> c == 0;
            case NOT_EQ -> c != 0;
            case LT -> c < 0;
            case LT_E -> c <= 0;
            case GT -> c > 0;
            case GT_E -> c >= 0;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    public static String dunder(CompareOperator op) {
        return switch (op) {
            case EQ -> "__eq__";
            case NOT_EQ -> "__ne__";
            case LT -> "__lt__";
            case LT_E -> "__le__";
            case GT -> "__gt__";
            case GT_E -> "__ge__";
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** The operator with the operands swapped: {@code a < b} is {@code b > a} (_Py_SwappedOp). */
    static CompareOperator reflect(CompareOperator op) {
        return switch (op) {
            case LT -> CompareOperator.GT;
            case LT_E -> CompareOperator.GT_E;
            case GT -> CompareOperator.LT;
            case GT_E -> CompareOperator.LT_E;
            default -> op;
        };
    }
}
