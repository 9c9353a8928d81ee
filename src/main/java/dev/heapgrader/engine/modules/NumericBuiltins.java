package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.types.PyComplex;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The numeric builtins: {@code abs}, {@code round} (half to even, as CPython), {@code divmod}, three-argument
 * {@code pow}, and {@code hex}/{@code oct}/{@code bin} (Python/bltinmodule.c, Objects/longobject.c
 * {@code long_format_binary}).
 */
public final class NumericBuiltins {
    private NumericBuiltins() {
    }

    public static PyObject abs(Interpreter ip, PyObject v) {
        InterpreterState rt = ip.rt;
        if (v instanceof PyInt i) {
            return rt.newInt(i.bigValue().abs());
        }
        if (v instanceof PyFloat f) {
            return rt.newFloat(Math.abs(f.value()));
        }
        if (v instanceof PyComplex c) {
            return rt.newFloat(Math.hypot(c.real, c.imag));
        }
        PyObject r = Calls.callSpecial(ip, v, "__abs__");
        if (r != null) {
            return r;
        }
        throw ip.errors.typeError("bad operand type for abs(): '" + v.type().name() + "'");
    }

    static PyObject round(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        NativeTable.arity(ip, "round", a, k, 1, 2);
        PyObject nd = a.length > 1 ? a[1] : null;
        PyObject v = a[0];
        if (v instanceof PyInt i) {
            if (nd == null || nd == rt.none) {
                return rt.newInt(i.bigValue());
            }
            long n = ObjectProtocol.index(ip, nd, "'%T' object cannot be interpreted as an integer");
            if (n >= 0) {
                return rt.newInt(i.bigValue());
            }
            BigDecimal b = new BigDecimal(i.bigValue()).setScale((int) n, RoundingMode.HALF_EVEN);
            return rt.newInt(b.toBigInteger());
        }
        if (v instanceof PyFloat f) {
            double d = f.value();
            if (nd == null || nd == rt.none) {
                if (Double.isNaN(d)) {
                    throw ip.errors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw ip.errors.overflow("cannot convert float infinity to integer");
                }
                return rt.newInt(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            long n = ObjectProtocol.index(ip, nd, "'%T' object cannot be interpreted as an integer");
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return rt.newFloat(d);
            }
            // Objects/floatobject.c double_round: correctly rounded via the shortest decimal string
            BigDecimal exact = new BigDecimal(d);
            double r = exact.setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            return rt.newFloat(r == 0 ? Math.copySign(0.0, d) : r);
        }
        PyObject r = nd == null ? Calls.callSpecialBound(ip, v, "__round__")
                : Calls.callSpecialBound(ip, v, "__round__", nd);
        if (r != null) {
            return r;
        }
        throw ip.errors.typeError("type " + v.type().name() + " doesn't define __round__ method");
    }

    static PyObject divmod(Interpreter ip, PyObject a, PyObject b) {
        if (a instanceof dev.heapgrader.engine.object.PyInstance
                || b instanceof dev.heapgrader.engine.object.PyInstance) {
            // binary_op1 with nb_divmod: the left operand's __divmod__, then the right one's __rdivmod__
            for (int side = 0; side < 2; side++) {
                PyObject self = side == 0 ? a : b;
                PyObject r = Calls.callSpecialBinary(ip, self, side == 0 ? "__divmod__" : "__rdivmod__",
                        side == 0 ? b : a);
                if (r != null && r != ip.rt.notImplemented) {
                    return r;
                }
                ip.rt.xdecref(r);
            }
            throw ip.errors.typeError("unsupported operand type(s) for divmod(): '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        PyObject q = Arithmetic.binary(ip, BinaryOperator.FLOOR_DIV, a, b);
        PyObject r;
        try {
            r = Arithmetic.binary(ip, BinaryOperator.MOD, a, b);
        } catch (PyException e) {
            ip.rt.decref(q);
            throw e;
        }
        return ip.rt.newTuple(new PyObject[] {q, r});
    }

    static PyObject modPow(Interpreter ip, PyObject base, PyObject exp, PyObject mod) {
        if (base instanceof dev.heapgrader.engine.object.PyInstance) {
            PyObject r = Calls.callSpecialBinary(ip, base, "__pow__", exp, mod);
            if (r != null && r != ip.rt.notImplemented) {
                return r;
            }
            ip.rt.xdecref(r);
        }
        if (!(base instanceof PyInt b) || !(exp instanceof PyInt e) || !(mod instanceof PyInt m)) {
            throw ip.errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mv = m.bigValue();
        if (mv.signum() == 0) {
            throw ip.errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger r = b.bigValue().modPow(e.bigValue(), mv.abs());
        if (mv.signum() < 0 && r.signum() != 0) {
            r = r.add(mv);
        }
        return ip.rt.newInt(r);
    }

    private static PyObject intBase(Interpreter ip, PyObject[] a, String[] k, String name, int radix, String prefix) {
        NativeTable.arity(ip, name, a, k, 1, 1);
        PyInt v = ObjectProtocol.indexInt(ip, a[0], "'%T' object cannot be interpreted as an integer");
        BigInteger b = v.bigValue();
        ip.rt.decref(v);
        return ip.rt.newStr((b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix));
    }

    static PyObject hex(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return intBase(i, a, k, "hex", 16, "0x");
    }

    static PyObject oct(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return intBase(i, a, k, "oct", 8, "0o");
    }

    static PyObject bin(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return intBase(i, a, k, "bin", 2, "0b");
    }
}
