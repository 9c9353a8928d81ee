package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.math.BigDecimal;
import java.util.Locale;

/** The slots of {@code float} (Objects/floatobject.c). */
public final class FloatSlots {
    static final TypeSlots SLOTS = new TypeSlots(FloatSlots::repr, FloatSlots::hash, FloatSlots::compare)
            .withBool(FloatSlots::bool).withBinary(FloatSlots::binary).withUnary(FloatSlots::unary);

    private FloatSlots() {
    }

    static String repr(Interpreter ip, PyObject self) {
        return repr(((PyFloat) self).value());
    }

    /** Python/pystrtod.c {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)}: shortest round trip. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String digits = null;
        int exponent = 0;
        for (int p = 1; p <= 17; p++) {
            String sci = String.format(Locale.ROOT, "%." + (p - 1) + "e", d);
            if (Double.parseDouble(sci) == d) {
                int e = sci.indexOf('e');
                String mantissa = sci.substring(0, e).replace("-", "").replace(".", "");
                exponent = Integer.parseInt(sci.substring(e + 1));
                digits = mantissa.replaceAll("0+$", "");
                if (digits.isEmpty()) {
                    digits = "0";
                }
                break;
            }
        }
        String sign = d < 0 ? "-" : "";
        int decpt = exponent + 1;
        if (decpt > 16 || decpt < -3) {
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = decpt - 1;
            return sign + m + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (digits.length() <= decpt) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** {@code float_hash} (Python/pyhash.c {@code _Py_HashDouble}): an integral value hashes as that int. */
    static long hash(Interpreter ip, PyObject self) {
        double d = ((PyFloat) self).value();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e18) {
            long h = (long) d;
            return h == -1 ? -2 : h;
        }
        return Double.hashCode(d);
    }

    /**
     * {@code float_richcompare}: against a float or an int, exactly (an int is not rounded to a float first);
     * NaN compares unequal to everything, itself included (IEEE 754).
     */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (!(other instanceof PyFloat || other instanceof PyInt)) {
            return ObjectSlots.compare(ip, self, other, op);
        }
        Integer c = order(self, other);
        return ip.rt.bool(c == null ? op == CompareOperator.NOT_EQ : Compare.outcome(c, op));
    }

    /** The sign of {@code a - b} for two numbers of which one is a float, or null when one is NaN. */
    public static Integer order(PyObject a, PyObject b) {
        double da = a instanceof PyFloat fa ? fa.value() : Double.NaN;
        double db = b instanceof PyFloat fb ? fb.value() : Double.NaN;
        if (Double.isNaN(da) && a instanceof PyFloat || Double.isNaN(db) && b instanceof PyFloat) {
            return null;
        }
        BigDecimal x = a instanceof PyInt ia ? new BigDecimal(ia.bigValue()) : finite(da);
        BigDecimal y = b instanceof PyInt ib ? new BigDecimal(ib.bigValue()) : finite(db);
        if (x == null || y == null) {
            double dx = x == null ? da : x.doubleValue();
            double dy = y == null ? db : y.doubleValue();
            return Double.compare(dx, dy);
        }
        return x.compareTo(y);
    }

    private static BigDecimal finite(double d) {
        return Double.isInfinite(d) ? null : new BigDecimal(d);
    }

    /** {@code float_bool}. */
    static boolean bool(Interpreter ip, PyObject self) {
        return ((PyFloat) self).value() != 0.0;
    }

    /** {@code float_add}, {@code float_mul}...: a float with a float or an int, in either order. */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            double x = NumberArithmetic.toDouble(ip, a);
            return NumberArithmetic.floatOp(ip, op, x, NumberArithmetic.toDouble(ip, b));
        }
        return null;
    }

    /** {@code float_neg}, {@code float_pos}; a float has no {@code ~}. */
    static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        double x = ((PyFloat) v).value();
        return switch (op) {
            case USUB -> ip.rt.newFloat(-x);
            case UADD -> ip.rt.newFloat(x);
            default -> null;
        };
    }
}
