package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.math.BigInteger;

/** The slots of {@code int} and {@code bool} (Objects/longobject.c, Objects/boolobject.c). */
public final class IntSlots {
    static final TypeSlots SLOTS = new TypeSlots(IntSlots::repr, IntSlots::hash, IntSlots::compare)
            .withBool(IntSlots::bool).withBinary(IntSlots::binary).withUnary(IntSlots::unary);
    /** Python's hash modulus for numbers: 2**61 - 1 (Python/pyhash.c, {@code _PyHASH_MODULUS}). */
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    private IntSlots() {
    }

    /** {@code long_to_decimal_string}, and {@code bool_repr} for the two bools. */
    static String repr(Interpreter ip, PyObject self) {
        PyInt i = (PyInt) self;
        if (self.type() == ip.rt.types.bool) {
            return i.longValue() != 0 ? "True" : "False";
        }
        return IntFormat.decimal(ip, i);
    }

    static long hash(Interpreter ip, PyObject self) {
        return hash((PyInt) self);
    }

    /** {@code long_hash}: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    public static long hash(PyInt i) {
        long h;
        if (i.isSmall() && Math.abs(i.longValue()) < (1L << 61) - 1) {
            h = i.longValue();
        } else {
            BigInteger v = i.bigValue();
            BigInteger r = v.abs().mod(MODULUS);
            h = v.signum() < 0 ? -r.longValue() : r.longValue();
        }
        return h == -1 ? -2 : h;
    }

    /** {@code long_richcompare}: ints only; a float operand is answered by the float's reflected slot. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyInt o) {
            return ip.rt.bool(Compare.outcome(order((PyInt) self, o), op));
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code long_compare}: the sign of {@code a - b}. */
    public static int order(PyInt a, PyInt b) {
        if (a.isSmall() && b.isSmall()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** {@code long_bool}: a big int is never zero (the small-int form holds every value that fits a long). */
    static boolean bool(Interpreter ip, PyObject self) {
        PyInt i = (PyInt) self;
        return !i.isSmall() || i.longValue() != 0;
    }

    /** {@code long_add}, {@code long_mul}...: both operands ints (bools included), else NotImplemented. */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return a instanceof PyInt ia && b instanceof PyInt ib ? NumberArithmetic.intOp(ip, op, ia, ib) : null;
    }

    /** {@code long_neg}, {@code long_long} (unary plus), {@code long_invert}. */
    static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        BigInteger x = ((PyInt) v).bigValue();
        return switch (op) {
            case USUB -> ip.rt.newInt(x.negate());
            case UADD -> ip.rt.newInt(x);
            case INVERT -> ip.rt.newInt(x.not());
            default -> throw new IllegalStateException();
        };
    }
}
