package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.NumberArithmetic;
import dev.heapgrader.engine.types.PyModule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module (Modules/mathmodule.c): the float functions with CPython's error rules
 * ({@code math_1}: a NaN from a non-NaN argument is a domain error, an infinity from a finite one a range error),
 * rounding to int, and the constants. Integer functions are in {@link IntegerMath}, sums and distances in
 * {@link MathSums}.
 */
final class MathModule {
    private MathModule() {
    }

    static PyModule create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("math"));
        n.value("pi", rt.newFloat(Math.PI));
        n.value("e", rt.newFloat(Math.E));
        n.value("tau", rt.newFloat(2 * Math.PI));
        n.value("inf", rt.newFloat(Double.POSITIVE_INFINITY));
        n.value("nan", rt.newFloat(Double.NaN));
        unary(n, "sqrt", Math::sqrt, false);
        unary(n, "exp", Math::exp, true);
        unary(n, "expm1", Math::expm1, true);
        unary(n, "sin", Math::sin, false);
        unary(n, "cos", Math::cos, false);
        unary(n, "tan", Math::tan, false);
        unary(n, "asin", Math::asin, false);
        unary(n, "acos", Math::acos, false);
        unary(n, "atan", Math::atan, false);
        unary(n, "sinh", Math::sinh, true);
        unary(n, "cosh", Math::cosh, true);
        unary(n, "tanh", Math::tanh, false);
        unary(n, "asinh", MathModule::asinh, false);
        unary(n, "acosh", x -> Math.log(x + Math.sqrt(x * x - 1)), false);
        unary(n, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x)), false);
        unary(n, "fabs", Math::abs, false);
        unary(n, "log1p", x -> x == -1 ? Double.NaN : Math.log1p(x), false);
        unary(n, "degrees", x -> x * (180.0 / Math.PI), false);
        unary(n, "radians", x -> x * (Math.PI / 180.0), false);
        unary(n, "cbrt", MathModule::cbrt, false);
        unary(n, "exp2", x -> Math.pow(2, x), true);
        n.def("log", MathModule::log);
        n.def("log2", MathModule::log2Method);
        n.def("log10", MathModule::log10);
        n.def("floor", MathModule::floor);
        n.def("ceil", MathModule::ceil);
        n.def("trunc", MathModule::trunc);
        n.def("pow", MathModule::pow);
        n.def("fmod", MathModule::fmodMethod);
        n.def("atan2", MathModule::atan2);
        n.def("copysign", MathModule::copysign);
        n.def("remainder", MathModule::remainderMethod);
        n.def("isnan", MathModule::isnan);
        n.def("isinf", MathModule::isinf);
        n.def("isfinite", MathModule::isfinite);
        n.def("modf", MathModule::modf);
        n.def("frexp", MathModule::frexp);
        n.def("ldexp", MathModule::ldexp);
        n.def("ulp", MathModule::ulp);
        IntegerMath.install(n);
        MathSums.install(n, rt.version.hasMathSumprod());
        return rt.track(new PyModule(rt.types.module, "math", d));
    }

    /** {@code PyFloat_AsDouble}: a float, an int, or an object with {@code __float__} or {@code __index__}. */
    static double toDouble(Interpreter ip, PyObject o) {
        if (o instanceof PyInstance && !(o instanceof PyFloat)) {
            PyObject f = Calls.callSpecial(ip, o, "__float__");
            if (f == null) {
                f = Calls.callSpecial(ip, o, "__index__");
            }
            if (f != null) {
                try {
                    return NumberArithmetic.toDouble(ip, f);
                } finally {
                    ip.rt.decref(f);
                }
            }
        }
        return NumberArithmetic.toDouble(ip, o);
    }

    /** The one argument of a METH_O function such as {@code math.sqrt}. */
    static double one(Interpreter ip, String name, PyObject[] a, String[] k) {
        NativeTable.arity(ip, name, a, k, 1, 1);
        return toDouble(ip, a[0]);
    }

    /** mathmodule.c {@code math_1}: NaN from a non-NaN is a domain error, an overflow a range error. */
    private static void unary(NativeTable n, String name, DoubleUnaryOperator f, boolean canOverflow) {
        n.def(name, (ip, self, a, k) -> {
            double x = one(ip, "math." + name, a, k);
            return ip.rt.newFloat(checked(ip, x, f.applyAsDouble(x), canOverflow));
        });
    }

    static double checked(Interpreter ip, double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw ip.errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (canOverflow) {
                throw ip.errors.overflow("math range error");
            }
            throw ip.errors.valueError("math domain error");
        }
        return r;
    }

    private static double asinh(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        return Math.copySign(Math.log(ax + Math.sqrt(ax * ax + 1)), x);
    }

    private static double log2(double x) {
        double r = Math.log(x) / Math.log(2);
        double rounded = Math.rint(r);
        // exact powers of two give exact results, as C's log2 does
        return Math.abs(r - rounded) < 1e-12 && Math.scalb(1.0, (int) rounded) == x ? rounded : r;
    }

    /**
     * The C library's {@code cbrt} (glibc sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess refined once, not
     * correctly rounded, which is why CPython prints {@code cbrt(27)} as 3.0000000000000004.
     */
    private static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax) + 1;
        double xm = ax / Math.scalb(1.0, xe);
        while (xm < 0.5) {
            xm *= 2;
            xe--;
        }
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm)) * xm);
        double t2 = u * u * u;
        double[] factor = {1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648,
            1.5874010519681994748};
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    private static double fmod(double x, double y) {
        return x % y;
    }

    private static double remainder(double x, double y) {
        return Math.IEEEremainder(x, y);
    }

    private static PyObject binary(Interpreter ip, String name, PyObject[] a, String[] k,
            java.util.function.DoubleBinaryOperator f) {
        NativeTable.arity(ip, name, a, k, 2, 2);
        double x = toDouble(ip, a[0]);
        double y = toDouble(ip, a[1]);
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw ip.errors.valueError("math domain error");
        }
        return ip.rt.newFloat(r);
    }

    /** mathmodule.c {@code loghelper}: ints too large for a float are logged from their frexp form. */
    private static double logOf(Interpreter ip, PyObject v, DoubleUnaryOperator f) {
        if (v instanceof PyInt i) {
            if (i.bigValue().signum() <= 0) {
                throw ip.errors.valueError("math domain error");
            }
            if (i.bigValue().bitLength() > 1000) {
                int e = i.bigValue().bitLength();
                double frac = new BigDecimal(i.bigValue()).divide(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(e)),
                        20, RoundingMode.HALF_EVEN).doubleValue();
                return f.applyAsDouble(frac) + f.applyAsDouble(2.0) * e;
            }
        }
        double x = toDouble(ip, v);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw ip.errors.valueError("math domain error");
        }
        return f.applyAsDouble(x);
    }

    private static PyObject logOne(Interpreter ip, String name, PyObject[] a, String[] k, DoubleUnaryOperator f) {
        NativeTable.arity(ip, name, a, k, 1, 1);
        return ip.rt.newFloat(logOf(ip, a[0], f));
    }

    private static PyObject log(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        if (a.length == 0 && (k == null || k.length == 0) && ip.rt.version.mathLogCountsArgumentsAsRange()) {
            throw ip.errors.typeError("math.log requires 1 to 2 arguments");
        }
        NativeTable.arity(ip, "log", a, k, 1, 2);
        double num = logOf(ip, a[0], Math::log);
        if (a.length == 1) {
            return ip.rt.newFloat(num);
        }
        double den = logOf(ip, a[1], Math::log);
        if (den == 0) {
            throw ip.errors.zeroDivision("float division by zero");
        }
        return ip.rt.newFloat(num / den);
    }

    /** {@code math.floor}/{@code math.ceil}: ints unchanged, floats rounded, else {@code __floor__}/{@code __ceil__}. */
    private static PyObject round(Interpreter ip, String name, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "math." + name, a, k, 1, 1);
        PyObject v = a[0];
        if (v instanceof PyInt && v.type() == ip.rt.types.intType) {
            return v.newRef();
        }
        if (!(v instanceof PyFloat)) {
            PyObject r = Calls.callSpecial(ip, v, "__" + name + "__");
            if (r != null) {
                return r;
            }
        }
        double x = toDouble(ip, v);
        return toInt(ip, name.equals("floor") ? Math.floor(x) : Math.ceil(x));
    }

    static PyObject toInt(Interpreter ip, double x) {
        if (Double.isNaN(x)) {
            throw ip.errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw ip.errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return ip.rt.newInt((long) x);
        }
        return ip.rt.newInt(new BigDecimal(x).toBigInteger());
    }

    private static PyObject trunc(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "math.trunc", a, k, 1, 1);
        PyObject v = a[0];
        if (v instanceof PyFloat f) {
            return toInt(ip, f.value() < 0 ? Math.ceil(f.value()) : Math.floor(f.value()));
        }
        if (v instanceof PyInt i) {
            return ip.rt.newInt(i.bigValue());
        }
        PyObject r = Calls.callSpecial(ip, v, "__trunc__");
        if (r == null) {
            throw ip.errors.typeError("type " + v.type().name() + " doesn't define __trunc__ method");
        }
        return r;
    }

    /** mathmodule.c {@code math_pow}: C99's special cases, then domain and range errors. */
    private static PyObject pow(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "pow", a, k, 2, 2);
        double x = toDouble(ip, a[0]);
        double y = toDouble(ip, a[1]);
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (x == 1.0 || y == 0.0) {
                r = 1.0;
            } else if (x == -1.0 && Double.isInfinite(y)) {
                r = 1.0;
            } else {
                r = Math.pow(x, y);
            }
            return ip.rt.newFloat(r);
        }
        r = x == 1.0 ? 1.0 : Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw ip.errors.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            if (x == 0.0) {
                throw ip.errors.valueError("math domain error");
            }
            throw ip.errors.overflow("math range error");
        }
        return ip.rt.newFloat(r);
    }

    private static PyObject modf(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        double x = one(ip, "math.modf", a, k);
        double whole;
        double frac;
        if (Double.isInfinite(x)) {
            whole = x;
            frac = Math.copySign(0.0, x);
        } else {
            whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            frac = Math.copySign(x - whole, x);
            whole = Math.copySign(whole, x);
        }
        return ip.rt.newTuple(new PyObject[] {ip.rt.newFloat(frac), ip.rt.newFloat(whole)});
    }

    private static PyObject frexp(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        double x = one(ip, "math.frexp", a, k);
        if (x == 0 || !Double.isFinite(x)) {
            return ip.rt.newTuple(new PyObject[] {ip.rt.newFloat(x), ip.rt.newInt(0)});
        }
        int e = Math.getExponent(x) + 1;
        double m = x / Math.scalb(1.0, e);
        if (Math.abs(m) < 0.5) {
            // subnormal numbers: normalise the mantissa into [0.5, 1)
            while (Math.abs(m) < 0.5) {
                m *= 2;
                e--;
            }
        }
        return ip.rt.newTuple(new PyObject[] {ip.rt.newFloat(m), ip.rt.newInt(e)});
    }

    private static PyObject ldexp(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "ldexp", a, k, 2, 2);
        double x = toDouble(ip, a[0]);
        if (!(a[1] instanceof PyInt i)) {
            throw ip.errors.typeError("Expected an int as second argument to ldexp.");
        }
        long e = i.isSmall() ? i.longValue() : (i.bigValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        if (x == 0 || !Double.isFinite(x)) {
            return ip.rt.newFloat(x);
        }
        double r = Math.scalb(x, (int) Math.max(Math.min(e, 100000), -100000));
        if (Double.isInfinite(r)) {
            throw ip.errors.overflow("math range error");
        }
        return ip.rt.newFloat(r);
    }

    private static PyObject log2Method(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return logOne(i, "math.log2", a, k, MathModule::log2);
    }

    private static PyObject log10(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return logOne(i, "math.log10", a, k, Math::log10);
    }

    private static PyObject floor(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return round(i, "floor", a, k);
    }

    private static PyObject ceil(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return round(i, "ceil", a, k);
    }

    private static PyObject fmodMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return binary(i, "fmod", a, k, MathModule::fmod);
    }

    private static PyObject atan2(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return binary(i, "atan2", a, k, Math::atan2);
    }

    private static PyObject copysign(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return binary(i, "copysign", a, k, Math::copySign);
    }

    private static PyObject remainderMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return binary(i, "remainder", a, k, MathModule::remainder);
    }

    private static PyObject isnan(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(Double.isNaN(one(i, "math.isnan", a, k)));
    }

    private static PyObject isinf(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(Double.isInfinite(one(i, "math.isinf", a, k)));
    }

    private static PyObject isfinite(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(Double.isFinite(one(i, "math.isfinite", a, k)));
    }

    private static PyObject ulp(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        double x = one(i, "math.ulp", a, k);
        return i.rt.newFloat(Double.isFinite(x) ? Math.ulp(x) : Math.abs(x));
    }
}
