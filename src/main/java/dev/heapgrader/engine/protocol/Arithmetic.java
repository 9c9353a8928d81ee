package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.InstanceCreation;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;
import dev.heapgrader.engine.types.ComplexArithmetic;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.DictMethods;
import dev.heapgrader.engine.types.DictView;
import dev.heapgrader.engine.types.NumberArithmetic;
import dev.heapgrader.engine.types.PyComplex;
import dev.heapgrader.engine.types.SequenceConcat;
import dev.heapgrader.engine.types.SetOps;

import java.math.BigInteger;

/**
 * Binary, in-place and unary operators (Objects/abstract.c {@code binary_op1}): builtin numbers, sequences and
 * sets first, then {@code __op__} of the left operand and {@code __rop__} of the right, with the subclass rule.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        return binary(ip, op, a, b, op.symbol());
    }

    /** {@code symbol} names the operator in the TypeError ("+=" for an augmented assignment). */
    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b, String symbol) {
        if (a instanceof dev.heapgrader.engine.types.PyDeque || b instanceof dev.heapgrader.engine.types.PyDeque) {
            PyObject q = dev.heapgrader.engine.types.DequeSequence.binary(ip, op, a, b, false);
            if (q != null) {
                return q;
            }
        }
        // an instance of a class derived from a builtin type uses its class's methods first, then the builtin's
        boolean subclassOperand = a.extras() != null || b.extras() != null;
        PyObject r = subclassOperand ? null : builtin(ip, op, a, b);
        if (r != null) {
            return r;
        }
        InterpreterState rt = ip.rt;
        boolean reflectFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b.type().isHeapType();
        if (reflectFirst) {
            r = Calls.callSpecialBinary(ip, b, op.reflected(), a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        r = Calls.callSpecialBinary(ip, a, op.method(), b);
        if (r != null && r != rt.notImplemented) {
            return r;
        }
        rt.xdecref(r);
        if (!reflectFirst && a.type() != b.type()) {
            r = Calls.callSpecialBinary(ip, b, op.reflected(), a);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        r = subclassOperand ? builtin(ip, op, a, b) : null;
        if (r != null) {
            return r;
        }
        throw unsupported(ip, symbol, a, b);
    }

    public static PyException unsupported(Interpreter ip, String symbol, PyObject a, PyObject b) {
        if (symbol.equals("+") && a instanceof PyStr && !(b instanceof PyStr)) {
            return ip.errors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (symbol.equals("+") && a instanceof dev.heapgrader.engine.object.PyBytes) {
            return ip.errors.typeError("can't concat " + b.type().name() + " to bytes");
        }
        if (symbol.equals("+") && a instanceof PyList && !(b instanceof PyList)) {
            return ip.errors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (symbol.equals("+") && a instanceof PyTuple && !(b instanceof PyTuple)) {
            return ip.errors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (symbol.equals("*") && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)
                && !(b instanceof PyInt)) {
            return ip.errors.typeError("can't multiply sequence by non-int of type '" + b.type().name() + "'");
        }
        if (symbol.equals("*") && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)
                && !(a instanceof PyInt)) {
            return ip.errors.typeError("can't multiply sequence by non-int of type '" + a.type().name() + "'");
        }
        if (symbol.startsWith("**")) {
            return ip.errors.typeError("unsupported operand type(s) for " + symbol + " or pow(): '" + a.type().name()
                    + "' and '" + b.type().name() + "'");
        }
        return ip.errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    public static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        InterpreterState rt = ip.rt;
        if (a instanceof dev.heapgrader.engine.types.PyDeque) {
            PyObject q = dev.heapgrader.engine.types.DequeSequence.binary(ip, op, a, b, true);
            if (q != null) {
                return q;
            }
        }
        boolean inherited = a.type() == rt.types.list
                || a.extras() != null && !InstanceCreation.overrides(ip, a.type(), op.inPlace());
        if (a instanceof PyList l && inherited) {
            if (op == BinaryOperator.ADD) {
                Containers.listExtend(ip, l, b);
                return l.newRef();
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                SequenceConcat.listInPlaceRepeat(ip, l, n.longValue());
                return l.newRef();
            }
        }
        if (op == BinaryOperator.BIT_OR && a instanceof dev.heapgrader.engine.object.PyDict d
                && a.type() == rt.types.dict && b instanceof dev.heapgrader.engine.object.PyDict) {
            Containers.dictUpdate(ip, d, b);
            return d.newRef();
        }
        if (a instanceof PySet s && a.type() == rt.types.set && b instanceof PySet) {
            PyObject r = SetOps.inPlace(ip, op, s, (PySet) b);
            if (r != null) {
                return r;
            }
        }
        if (a.type().isHeapType()) {
            PyObject r = Calls.callSpecialBinary(ip, a, op.inPlace(), b);
            if (r != null && r != rt.notImplemented) {
                return r;
            }
            rt.xdecref(r);
        }
        return binary(ip, op, a, b, op.symbol() + "=");
    }

    private static PyObject builtin(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        InterpreterState rt = ip.rt;
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return NumberArithmetic.intOp(ip, op, ia, ib);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return NumberArithmetic.floatOp(ip, op, NumberArithmetic.toDouble(ip, a), NumberArithmetic.toDouble(ip, b));
        }
        if (ComplexArithmetic.applies(a, b)) {
            PyObject r = ComplexArithmetic.binary(ip, op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyStr sa) {
            if (op == BinaryOperator.ADD && b instanceof PyStr sb) {
                return rt.newStr(sa.value() + sb.value());
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return repeatStr(ip, sa, clampCount(ip, n));
            }
            if (op == BinaryOperator.MOD) {
                return Formatting.percent(ip, sa, b);
            }
        }
        if (b instanceof PyStr sb && op == BinaryOperator.MULT && a instanceof PyInt n) {
            return repeatStr(ip, sb, clampCount(ip, n));
        }
        if (a instanceof PyList la) {
            if (op == BinaryOperator.ADD && b instanceof PyList lb) {
                return SequenceConcat.listConcat(ip, la, lb);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return SequenceConcat.listRepeat(ip, la, clampCount(ip, n));
            }
        }
        if (b instanceof PyList lb && op == BinaryOperator.MULT && a instanceof PyInt n) {
            return SequenceConcat.listRepeat(ip, lb, clampCount(ip, n));
        }
        if (a instanceof PyTuple ta) {
            if (op == BinaryOperator.ADD && b instanceof PyTuple tb) {
                return SequenceConcat.tupleConcat(ip, ta, tb);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return SequenceConcat.tupleRepeat(ip, ta, clampCount(ip, n));
            }
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return SetOps.binary(ip, op, sa, sb);
        }
        if (op == BinaryOperator.BIT_OR && a instanceof dev.heapgrader.engine.object.PyDict da
                && b instanceof dev.heapgrader.engine.object.PyDict db) {
            // PEP 584: d1 | d2 is a copy of d1 updated with d2
            PyObject merged = DictMethods.copy(ip, da);
            Containers.dictUpdate(ip, (dev.heapgrader.engine.object.PyDict) merged, db);
            return merged;
        }
        if ((a instanceof DictView va && va.kind != DictView.Kind.VALUES && (b instanceof PySet || b instanceof DictView))
                || (b instanceof DictView vb && vb.kind != DictView.Kind.VALUES && a instanceof PySet)) {
            // dict_keys and dict_items behave as sets for &, |, -, ^
            PySet sa = rt.newSet();
            PySet sb = rt.newSet();
            try {
                Containers.setUpdate(ip, sa, a);
                Containers.setUpdate(ip, sb, b);
                PySet result = (PySet) SetOps.binary(ip, op, sa, sb);
                if (result != null) {
                    result.setType(rt.types.set);
                }
                return result;
            } finally {
                rt.decref(sa);
                rt.decref(sb);
            }
        }
        if (a instanceof dev.heapgrader.engine.object.PyBytes ba) {
            if (op == BinaryOperator.ADD && b instanceof dev.heapgrader.engine.object.PyBytes bb) {
                byte[] out = java.util.Arrays.copyOf(ba.value(), ba.value().length + bb.value().length);
                System.arraycopy(bb.value(), 0, out, ba.value().length, bb.value().length);
                return rt.newBytes(out);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                long count = clampCount(ip, n);
                long length = ba.value().length;
                if (length > 0 && count > Long.MAX_VALUE / length) {
                    // Objects/bytesobject.c bytes_repeat: the size would overflow a Py_ssize_t
                    throw ip.errors.make("OverflowError", "repeated bytes are too long");
                }
                long total = length * count;
                if (total > Integer.MAX_VALUE - 8 || rt.heap.wouldExceed(total)) {
                    throw ip.errors.make("MemoryError");
                }
                if (total == 0) {
                    // nothing to copy, however many times
                    return rt.newBytes(new byte[0]);
                }
                byte[] out = new byte[(int) total];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(ba.value(), 0, out, i * ba.value().length, ba.value().length);
                }
                return rt.newBytes(out);
            }
        }
        return null;
    }

    private static PyObject repeatStr(Interpreter ip, PyStr s, long n) {
        if (s.value().isEmpty() || n <= 0) {
            // Objects/unicodeobject.c unicode_repeat: nothing to repeat, whatever the count
            return ip.rt.newStr("");
        }
        long chars = (long) s.value().length() * n;
        ip.rt.reserve(chars > Integer.MAX_VALUE / 4 ? Long.MAX_VALUE : 60 + 4 * chars);
        return ip.rt.newStr(s.value().repeat((int) n));
    }

    private static long clampCount(Interpreter ip, PyInt n) {
        if (!n.isSmall()) {
            if (n.bigValue().signum() < 0) {
                return 0;
            }
            throw ip.errors.make("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, n.longValue());
    }

    public static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        InterpreterState rt = ip.rt;
        if (v instanceof PyInt i) {
            BigInteger x = i.bigValue();
            return switch (op) {
                case USUB -> rt.newInt(x.negate());
                case UADD -> rt.newInt(x);
                case INVERT -> rt.newInt(x.not());
                default -> throw new IllegalStateException();
            };
        }
        if (v instanceof PyFloat f) {
            if (op == UnaryOperator.USUB) {
                return rt.newFloat(-f.value());
            }
            if (op == UnaryOperator.UADD) {
                return rt.newFloat(f.value());
            }
        }
        if (v instanceof PyComplex c && op != UnaryOperator.INVERT) {
            return op == UnaryOperator.USUB ? ComplexArithmetic.negate(ip, c) : rt.newComplex(c.real, c.imag);
        }
        String method = switch (op) {
            case USUB -> "__neg__";
            case UADD -> "__pos__";
            case INVERT -> "__invert__";
            default -> throw new IllegalStateException();
        };
        PyObject r = Calls.callSpecial(ip, v, method);
        if (r != null) {
            return r;
        }
        String symbol = switch (op) {
            case USUB -> "-";
            case UADD -> "+";
            default -> "~";
        };
        throw ip.errors.typeError("bad operand type for unary " + symbol + ": '" + v.type().name() + "'");
    }
}
