package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/**
 * {@code complex} arithmetic with an int, float or complex on the other side (Objects/complexobject.c): the
 * four operations, powers, and equality. Floor division and modulo are not defined for complex, so they fall
 * through to the usual "unsupported operand" TypeError.
 */
public final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    private record C(double real, double imag) { }

    /** Whether {@code a op b} is complex arithmetic this class does. */
    public static boolean applies(PyObject a, PyObject b) {
        return (a instanceof PyComplex || b instanceof PyComplex) && numeric(a) && numeric(b);
    }

    private static boolean numeric(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt;
    }

    private static C of(Interpreter ip, PyObject o) {
        return o instanceof PyComplex c ? new C(c.real, c.imag) : new C(NumberArithmetic.toDouble(ip, o), 0.0);
    }

    /** The result, or null for an operator complex does not support. */
    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject left, PyObject right) {
        C a = of(ip, left);
        C b = of(ip, right);
        C r = switch (op) {
            case ADD -> new C(a.real + b.real, a.imag + b.imag);
            case SUB -> new C(a.real - b.real, a.imag - b.imag);
            case MULT -> product(a, b);
            case DIV -> quotient(ip, a, b, "complex division by zero");
            case POW -> power(ip, a, b);
            default -> null;
        };
        return r == null ? null : ip.rt.newComplex(r.real, r.imag);
    }

    /** {@code complex_richcompare}: only equality is defined. */
    public static boolean equal(Interpreter ip, PyObject left, PyObject right) {
        C a = of(ip, left);
        C b = of(ip, right);
        return a.real == b.real && a.imag == b.imag;
    }

    public static PyObject negate(Interpreter ip, PyComplex c) {
        return ip.rt.newComplex(-c.real, -c.imag);
    }

    private static C product(C a, C b) {
        return new C(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** {@code _Py_c_quot}: scales by the larger of the divisor's parts to avoid overflow. */
    private static C quotient(Interpreter ip, C a, C b, String zeroMessage) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw ip.errors.zeroDivision(zeroMessage);
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new C((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new C((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new C(Double.NaN, Double.NaN);
    }

    private static final String ZERO_POWER = "0.0 to a negative or complex power";

    /** {@code complex_pow}: small integral exponents by repeated squaring ({@code c_powi}), others by polar form. */
    private static C power(Interpreter ip, C a, C b) {
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n > 0) {
                return powu(a, n);
            }
            return quotient(ip, new C(1.0, 0.0), powu(a, -n), ZERO_POWER);
        }
        if (b.real == 0.0 && b.imag == 0.0) {
            return new C(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw ip.errors.zeroDivision(ZERO_POWER);
            }
            return new C(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new C(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** {@code c_powu}: binary exponentiation from the lowest bit up. */
    private static C powu(C x, long n) {
        C r = new C(1.0, 0.0);
        C p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            mask <<= 1;
            p = product(p, p);
        }
        return r;
    }
}
