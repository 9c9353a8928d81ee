package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The sums, products and distances of {@code math} (Modules/mathmodule.c): {@code fsum} (Shewchuk's exact
 * partials, as {@code math_fsum}), {@code prod}, {@code hypot}, {@code dist}, {@code isclose} and, from 3.12,
 * {@code sumprod}. Norms are computed exactly and rounded once, which is what {@code vector_norm} aims at.
 */
final class MathSums {
    private MathSums() {
    }

    static void install(NativeTable n, boolean hasSumprod) {
        n.def("fsum", MathSums::fsum);
        n.def("prod", MathSums::prod);
        n.def("hypot", MathSums::hypot);
        n.def("dist", MathSums::dist);
        n.def("isclose", MathSums::isclose);
        if (hasSumprod) {
            n.def("sumprod", MathSums::sumprod);
        }
    }

    /** The items of an iterable, as new references. */
    static List<PyObject> items(Interpreter ip, PyObject iterable) {
        PyObject it = Iteration.iter(ip, iterable);
        List<PyObject> out = new ArrayList<>();
        try {
            for (PyObject v = Iteration.next(ip, it); v != null; v = Iteration.next(ip, it)) {
                out.add(v);
            }
        } catch (PyException e) {
            out.forEach(ip.rt::decref);
            throw e;
        } finally {
            ip.rt.decref(it);
        }
        return out;
    }

    /** mathmodule.c {@code math_fsum}: exact partial sums, rounded once (with the half-way correction). */
    private static PyObject fsum(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "math.fsum", a, k, 1, 1);
        double[] p = new double[32];
        int n = 0;
        double special = 0;
        double infSum = 0;
        PyObject it = Iteration.iter(ip, a[0]);
        try {
            for (PyObject item = Iteration.next(ip, it); item != null; item = Iteration.next(ip, it)) {
                double x;
                try {
                    x = MathModule.toDouble(ip, item);
                } finally {
                    ip.rt.decref(item);
                }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        p[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        if (Double.isFinite(xsave)) {
                            throw ip.errors.overflow("intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        special += xsave;
                        n = 0;
                    } else {
                        if (n == p.length) {
                            p = java.util.Arrays.copyOf(p, n * 2);
                        }
                        p[n++] = x;
                    }
                }
            }
        } finally {
            ip.rt.decref(it);
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw ip.errors.valueError("-inf + inf in fsum");
            }
            return ip.rt.newFloat(special);
        }
        double hi = 0.0;
        double lo = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return ip.rt.newFloat(hi);
    }

    /** {@code math.prod(iterable, /, *, start=1)}: the product with the {@code *} operator, left to right. */
    private static PyObject prod(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        if (npos != 1) {
            throw ip.errors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        }
        PyObject start = NativeTable.keyword(a, k, "start");
        PyObject acc = start == null ? ip.rt.newInt(1) : start.newRef();
        PyObject it = Iteration.iter(ip, a[0]);
        try {
            for (PyObject item = Iteration.next(ip, it); item != null; item = Iteration.next(ip, it)) {
                PyObject r;
                try {
                    r = Arithmetic.binary(ip, BinaryOperator.MULT, acc, item);
                } finally {
                    ip.rt.decref(item);
                }
                ip.rt.decref(acc);
                acc = r;
            }
        } catch (PyException e) {
            ip.rt.decref(acc);
            throw e;
        } finally {
            ip.rt.decref(it);
        }
        return acc;
    }

    /** The Euclidean norm, exact then rounded once; infinities win over NaNs as in {@code vector_norm}. */
    private static double norm(double[] v) {
        boolean nan = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            if (!nan) {
                BigDecimal b = new BigDecimal(x);
                sum = sum.add(b.multiply(b));
            }
        }
        if (nan) {
            return Double.NaN;
        }
        return sum.sqrt(new MathContext(60)).doubleValue();
    }

    private static PyObject dist(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "dist", a, k, 2, 2);
        List<PyObject> p = items(ip, a[0]);
        List<PyObject> q = items(ip, a[1]);
        try {
            if (p.size() != q.size()) {
                throw ip.errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            for (int x = 0; x < v.length; x++) {
                v[x] = Math.abs(MathModule.toDouble(ip, p.get(x)) - MathModule.toDouble(ip, q.get(x)));
            }
            return ip.rt.newFloat(norm(v));
        } finally {
            p.forEach(ip.rt::decref);
            q.forEach(ip.rt::decref);
        }
    }

    /** mathmodule.c {@code math_isclose_impl}. */
    private static PyObject isclose(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        PyObject[] args = new PyObject[2];
        double relTol = 1e-09;
        double absTol = 0.0;
        if (npos > 2) {
            throw ip.errors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, args, 0, npos);
        for (int x = 0; k != null && x < k.length; x++) {
            PyObject v = a[npos + x];
            switch (k[x]) {
                case "a" -> args[0] = v;
                case "b" -> args[1] = v;
                case "rel_tol" -> relTol = MathModule.toDouble(ip, v);
                case "abs_tol" -> absTol = MathModule.toDouble(ip, v);
                default -> throw ip.errors.typeError("isclose() got an unexpected keyword argument '" + k[x] + "'");
            }
        }
        for (int x = 0; x < 2; x++) {
            if (args[x] == null) {
                throw ip.errors.typeError("isclose() missing required argument '" + (x == 0 ? "a" : "b")
                        + "' (pos " + (x + 1) + ")");
            }
        }
        double av = MathModule.toDouble(ip, args[0]);
        double bv = MathModule.toDouble(ip, args[1]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw ip.errors.valueError("tolerances must be non-negative");
        }
        if (av == bv) {
            return ip.rt.bool(true);
        }
        if (Double.isInfinite(av) || Double.isInfinite(bv)) {
            return ip.rt.bool(false);
        }
        double diff = Math.abs(bv - av);
        return ip.rt.bool(diff <= Math.abs(relTol * bv) || diff <= Math.abs(relTol * av) || diff <= absTol);
    }

    /** {@code math.sumprod(p, q)} (3.12): exact for ints and floats, otherwise the operators left to right. */
    private static PyObject sumprod(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "sumprod", a, k, 2, 2);
        List<PyObject> p = items(ip, a[0]);
        List<PyObject> q = items(ip, a[1]);
        try {
            if (p.size() != q.size()) {
                throw ip.errors.valueError("Inputs are not the same length");
            }
            boolean numbers = true;
            boolean anyFloat = false;
            for (PyObject o : p) {
                numbers &= o instanceof PyInt || o instanceof PyFloat;
                anyFloat |= o instanceof PyFloat;
            }
            for (PyObject o : q) {
                numbers &= o instanceof PyInt || o instanceof PyFloat;
                anyFloat |= o instanceof PyFloat;
            }
            if (numbers && anyFloat) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int x = 0; x < p.size(); x++) {
                    double u = MathModule.toDouble(ip, p.get(x));
                    double w = MathModule.toDouble(ip, q.get(x));
                    if (!Double.isFinite(u) || !Double.isFinite(w)) {
                        return generic(ip, p, q);
                    }
                    sum = sum.add(new BigDecimal(u).multiply(new BigDecimal(w)));
                }
                return ip.rt.newFloat(sum.doubleValue());
            }
            return generic(ip, p, q);
        } finally {
            p.forEach(ip.rt::decref);
            q.forEach(ip.rt::decref);
        }
    }

    private static PyObject generic(Interpreter ip, List<PyObject> p, List<PyObject> q) {
        PyObject acc = ip.rt.newInt(0);
        for (int x = 0; x < p.size(); x++) {
            PyObject m = Arithmetic.binary(ip, BinaryOperator.MULT, p.get(x), q.get(x));
            PyObject r;
            try {
                r = Arithmetic.binary(ip, BinaryOperator.ADD, acc, m);
            } finally {
                ip.rt.decref(m);
                ip.rt.decref(acc);
            }
            acc = r;
        }
        return acc;
    }

    private static PyObject hypot(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw ip.errors.typeError("hypot() takes no keyword arguments");
        }
        double[] v = new double[a.length];
        for (int x = 0; x < a.length; x++) {
            v[x] = MathModule.toDouble(ip, a[x]);
        }
        return ip.rt.newFloat(norm(v));
    }
}
