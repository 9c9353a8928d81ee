package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeRecursion;
import dev.heapgrader.engine.modules.WeakrefModule;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.types.ComplexArithmetic;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.PyRange;
import dev.heapgrader.engine.types.SetOps;

import java.math.BigDecimal;

/**
 * Rich comparison (Objects/object.c {@code do_richcompare}): builtin numbers, strings and sequences directly;
 * otherwise the left operand's method, then the reflected one, then identity for {@code ==}/{@code !=}, else a
 * TypeError naming both types.
 */
public final class Compare {
    private Compare() {
    }

    public static PyObject rich(Interpreter ip, PyObject a, PyObject b, CompareOperator op) {
        InterpreterState rt = ip.rt;
        if ((a instanceof PyFloat fa && Double.isNaN(fa.value()) || b instanceof PyFloat fb && Double.isNaN(fb.value()))
                && (a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            // IEEE 754: NaN compares unequal to everything, itself included
            return rt.bool(op == CompareOperator.NOT_EQ);
        }
        if (a instanceof PyRange ra && b instanceof PyRange rb
                && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            return rt.bool(ra.hashKey().equals(rb.hashKey()) == (op == CompareOperator.EQ));
        }
        if (ComplexArithmetic.applies(a, b) && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            return rt.bool(ComplexArithmetic.equal(ip, a, b) == (op == CompareOperator.EQ));
        }
        boolean asked = ProgramComparisons.overridden(a, b, op);
        if (asked) {
            // do_richcompare: a class the program defines (Counter, OrderedDict, a list subclass) decides first
            PyObject r = bySpecialMethods(ip, a, b, op);
            if (r != null) {
                return r;
            }
        }
        Integer c = builtinCompare(ip, a, b);
        if (c != null) {
            return rt.bool(outcome(c, op));
        }
        if (a instanceof PyMethod ma && b instanceof PyMethod mb
                && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            boolean eq = ma.func == mb.func && ma.self == mb.self;
            return rt.bool(op == CompareOperator.EQ ? eq : !eq);
        }
        if (a instanceof dev.heapgrader.engine.object.PySet sa && b instanceof dev.heapgrader.engine.object.PySet sb) {
            return rt.bool(SetOps.compare(ip, sa, sb, op));
        }
        if (a instanceof dev.heapgrader.engine.object.PyWeakref wa && b instanceof dev.heapgrader.engine.object.PyWeakref wb
                && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            return rt.bool(WeakrefModule.equal(ip, wa, wb) == (op == CompareOperator.EQ));
        }
        if (a instanceof dev.heapgrader.engine.object.PyDict da && b instanceof dev.heapgrader.engine.object.PyDict db
                && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            boolean eq = dictEquals(ip, da, db);
            return rt.bool(op == CompareOperator.EQ ? eq : !eq);
        }
        if (sameBuiltinSequence(a, b)) {
            if (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) {
                boolean eq = sequenceEquals(ip, a, b);
                return rt.bool(op == CompareOperator.EQ ? eq : !eq);
            }
            return sequenceOrder(ip, a, b, op);
        }
        PyObject r = asked ? null : bySpecialMethods(ip, a, b, op);
        if (r != null) {
            return r;
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

    /**
     * Objects/object.c do_richcompare: the reflected method first when b's type is a subclass of a's, then a's
     * method, then the reflected one; null when every one returned NotImplemented.
     */
    private static PyObject bySpecialMethods(Interpreter ip, PyObject a, PyObject b, CompareOperator op) {
        InterpreterState rt = ip.rt;
        String method = dunder(op);
        String reflected = dunder(reflect(op));
        boolean reflectFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b.type().isHeapType();
        if (reflectFirst) {
            PyObject r = Calls.callSpecialBinary(ip, b, reflected, a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        PyObject r = Calls.callSpecialBinary(ip, a, method, b);
        if (r != null && r != rt.notImplemented) {
            return r;
        }
        rt.xdecref(r);
        if (!reflectFirst) {
            r = Calls.callSpecialBinary(ip, b, reflected, a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        return null;
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

    /** Sign of a builtin comparison, or null when the operands are not both builtin comparable. */
    public static Integer builtinCompare(Interpreter ip, PyObject a, PyObject b) {
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            if (ia.isSmall() && ib.isSmall()) {
                return Long.compare(ia.longValue(), ib.longValue());
            }
            return ia.bigValue().compareTo(ib.bigValue());
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double da = a instanceof PyFloat fa ? fa.value() : Double.NaN;
            double db = b instanceof PyFloat fb ? fb.value() : Double.NaN;
            if (Double.isNaN(da) && a instanceof PyFloat || Double.isNaN(db) && b instanceof PyFloat) {
                return null;
            }
            BigDecimal x = a instanceof PyInt ia2 ? new BigDecimal(ia2.bigValue()) : finite(da);
            BigDecimal y = b instanceof PyInt ib2 ? new BigDecimal(ib2.bigValue()) : finite(db);
            if (x == null || y == null) {
                double dx = x == null ? da : x.doubleValue();
                double dy = y == null ? db : y.doubleValue();
                return Double.compare(dx, dy);
            }
            return x.compareTo(y);
        }
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            return compareCodePoints(sa.value(), sb.value());
        }
        return null;
    }

    private static BigDecimal finite(double d) {
        return Double.isInfinite(d) ? null : new BigDecimal(d);
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    private static boolean sameBuiltinSequence(PyObject a, PyObject b) {
        return (a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple);
    }

    /** {@code dict_equal}: same size and every key maps to an equal value. */
    private static boolean dictEquals(Interpreter ip, dev.heapgrader.engine.object.PyDict a,
                                      dev.heapgrader.engine.object.PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        // PyObject_RichCompare's recursion check, made once per nested container here
        NativeRecursion.enter(ip, " in comparison");
        try {
            return valuesEqual(ip, a, b);
        } finally {
            NativeRecursion.leave(ip);
        }
    }

    private static boolean valuesEqual(Interpreter ip, dev.heapgrader.engine.object.PyDict a,
                                       dev.heapgrader.engine.object.PyDict b) {
        for (int i = 0; i < a.entryCount(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject other = b.get(k, ip.rt);
            if (other == null || !ObjectProtocol.richEquals(ip.rt, a.valueAt(i), other)) {
                return false;
            }
        }
        return true;
    }

    static boolean sequenceEquals(Interpreter ip, PyObject a, PyObject b) {
        PyObject[] x = items(a);
        PyObject[] y = items(b);
        if (x.length != y.length) {
            return false;
        }
        NativeRecursion.enter(ip, " in comparison");
        try {
            for (int i = 0; i < x.length; i++) {
                if (!ObjectProtocol.richEquals(ip.rt, x[i], y[i])) {
                    return false;
                }
            }
            return true;
        } finally {
            NativeRecursion.leave(ip);
        }
    }

    /** Lexicographic order of two lists or tuples (Objects/listobject.c {@code list_richcompare}). */
    static PyObject sequenceOrder(Interpreter ip, PyObject a, PyObject b, CompareOperator op) {
        PyObject[] x = items(a);
        PyObject[] y = items(b);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!ObjectProtocol.richEquals(ip.rt, x[i], y[i])) {
                return rich(ip, x[i], y[i], op);
            }
        }
        return ip.rt.bool(outcome(Integer.compare(x.length, y.length), op));
    }

    private static PyObject[] items(PyObject o) {
        return o instanceof PyList l ? l.toArray() : ((PyTuple) o).items();
    }

    static boolean outcome(int c, CompareOperator op) {
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
