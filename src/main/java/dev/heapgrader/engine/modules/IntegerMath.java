package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.math.BigInteger;

/**
 * The integer functions of {@code math} (Modules/mathmodule.c): {@code gcd}, {@code lcm}, {@code factorial},
 * {@code comb}, {@code perm} and {@code isqrt}, exact on ints of any size and with CPython's messages.
 */
final class IntegerMath {
    private IntegerMath() {
    }

    private static final String NOT_INTEGER = "'%T' object cannot be interpreted as an integer";

    static void install(NativeTable n) {
        n.def("gcd", IntegerMath::gcd);
        n.def("lcm", IntegerMath::lcm);
        n.def("factorial", IntegerMath::factorial);
        n.def("isqrt", IntegerMath::isqrt);
        n.def("comb", IntegerMath::comb);
        n.def("perm", IntegerMath::perm);
    }

    static BigInteger integer(Interpreter ip, PyObject o) {
        PyInt i = ObjectProtocol.indexInt(ip, o, NOT_INTEGER);
        try {
            return i.bigValue();
        } finally {
            ip.rt.decref(i);
        }
    }

    private static PyObject fold(Interpreter ip, String name, PyObject[] a, String[] k,
            java.util.function.BinaryOperator<BigInteger> op) {
        if (k != null && k.length > 0) {
            throw ip.errors.typeError(name + "() takes no keyword arguments");
        }
        if (a.length == 0) {
            return ip.rt.newInt(0);
        }
        BigInteger r = integer(ip, a[0]).abs();
        for (int x = 1; x < a.length; x++) {
            r = op.apply(r, integer(ip, a[x]));
        }
        return ip.rt.newInt(r);
    }

    private static PyObject factorial(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "math.factorial", a, k, 1, 1);
        if (a[0] instanceof dev.heapgrader.engine.object.PyFloat) {
            throw ip.errors.typeError("'float' object cannot be interpreted as an integer");
        }
        BigInteger v = integer(ip, a[0]);
        if (v.signum() < 0) {
            throw ip.errors.valueError("factorial() not defined for negative values");
        }
        if (v.bitLength() > 63) {
            throw ip.errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return ip.rt.newInt(fallingProduct(ip, v.longValue(), v.longValue()));
    }

    /** {@code n * (n-1) * ... * (n-k+1)}, one interpreter step per thousand factors so limits still apply. */
    private static BigInteger fallingProduct(Interpreter ip, long n, long k) {
        BigInteger r = BigInteger.ONE;
        for (long x = 0; x < k; x++) {
            if (x % 1000 == 0) {
                ip.tick();
            }
            r = r.multiply(BigInteger.valueOf(n - x));
            // each product costs a pass over r's words: charge them, so a huge factorial keeps the time limit
            ip.work.charge(r.bitLength() >>> 6);
        }
        return r;
    }

    private static PyObject comb(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "comb", a, k, 2, 2);
        BigInteger n = integer(ip, a[0]);
        BigInteger r = integer(ip, a[1]);
        if (n.signum() < 0) {
            throw ip.errors.valueError("n must be a non-negative integer");
        }
        if (r.signum() < 0) {
            throw ip.errors.valueError("k must be a non-negative integer");
        }
        if (r.compareTo(n) > 0) {
            return ip.rt.newInt(0);
        }
        BigInteger other = n.subtract(r);
        if (other.compareTo(r) < 0) {
            r = other;
        }
        if (r.bitLength() > 63) {
            throw ip.errors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        BigInteger result = BigInteger.ONE;
        long kk = r.longValue();
        for (long x = 0; x < kk; x++) {
            if (x % 1000 == 0) {
                ip.tick();
            }
            result = result.multiply(n.subtract(BigInteger.valueOf(x))).divide(BigInteger.valueOf(x + 1));
            ip.work.charge(result.bitLength() >>> 5);
        }
        return ip.rt.newInt(result);
    }

    private static PyObject perm(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "perm", a, k, 1, 2);
        BigInteger n = integer(ip, a[0]);
        BigInteger r = a.length < 2 || a[1] == ip.rt.none ? n : integer(ip, a[1]);
        if (n.signum() < 0) {
            throw ip.errors.valueError("n must be a non-negative integer");
        }
        if (r.signum() < 0) {
            throw ip.errors.valueError("k must be a non-negative integer");
        }
        if (r.compareTo(n) > 0) {
            return ip.rt.newInt(0);
        }
        if (r.bitLength() > 63) {
            throw ip.errors.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        BigInteger result = BigInteger.ONE;
        for (long x = 0; x < r.longValue(); x++) {
            if (x % 1000 == 0) {
                ip.tick();
            }
            result = result.multiply(n.subtract(BigInteger.valueOf(x)));
            ip.work.charge(result.bitLength() >>> 6);
        }
        return ip.rt.newInt(result);
    }

    private static PyObject gcd(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        return fold(ip, "math.gcd", a, k, BigInteger::gcd);
    }

    private static PyObject lcm(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        if (a.length == 0) {
            return ip.rt.newInt(1);
        }
        return fold(ip, "math.lcm", a, k, (x, y) -> x.signum() == 0 || y.signum() == 0 ? BigInteger.ZERO
                : x.divide(x.gcd(y)).multiply(y).abs());
    }

    private static PyObject isqrt(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "math.isqrt", a, k, 1, 1);
        BigInteger v = integer(ip, a[0]);
        if (v.signum() < 0) {
            throw ip.errors.valueError("isqrt() argument must be nonnegative");
        }
        return ip.rt.newInt(v.sqrt());
    }
}
