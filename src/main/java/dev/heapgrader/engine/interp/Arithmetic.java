package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.UnaryOperator;

import java.math.BigInteger;

/**
 * Binary, in-place and unary operators (Objects/abstract.c {@code binary_op1}): builtin numbers, sequences and
 * sets first, then {@code __op__} of the left operand and {@code __rop__} of the right, with the subclass rule.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        PyObject r = builtin(ip, op, a, b);
        if (r != null) {
            return r;
        }
        Runtime rt = ip.rt;
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
        throw unsupported(ip, op.symbol(), a, b);
    }

    static PyException unsupported(Interpreter ip, String symbol, PyObject a, PyObject b) {
        if (symbol.equals("+") && a instanceof PyStr && !(b instanceof PyStr)) {
            return ip.errors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (symbol.equals("+") && a instanceof PyList && !(b instanceof PyList)) {
            return ip.errors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (symbol.equals("+") && a instanceof PyTuple && !(b instanceof PyTuple)) {
            return ip.errors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (symbol.equals("**")) {
            return ip.errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name()
                    + "' and '" + b.type().name() + "'");
        }
        return ip.errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    static PyObject inPlace(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        Runtime rt = ip.rt;
        if (a instanceof PyList l && a.type() == rt.types.list) {
            if (op == BinaryOperator.ADD) {
                Containers.listExtend(ip, l, b);
                return l.newRef();
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                Containers.listInPlaceRepeat(ip, l, n.longValue());
                return l.newRef();
            }
        }
        if (a instanceof PyDict d && b instanceof PyDict && op == BinaryOperator.BIT_OR) {
            // Objects/dictobject.c dict_ior: update in place
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
        return binary(ip, op, a, b);
    }

    private static PyObject builtin(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        Runtime rt = ip.rt;
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return Numbers.intOp(ip, op, ia, ib);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return Numbers.floatOp(ip, op, Numbers.toDouble(ip, a), Numbers.toDouble(ip, b));
        }
        if (a instanceof PyStr sa) {
            if (op == BinaryOperator.ADD && b instanceof PyStr sb) {
                return rt.newStr(sa.value() + sb.value());
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return rt.newStr(sa.value().repeat((int) Math.max(0, clampCount(ip, n))));
            }
            if (op == BinaryOperator.MOD) {
                return Formatting.percent(ip, sa, b);
            }
        }
        if (b instanceof PyStr sb && op == BinaryOperator.MULT && a instanceof PyInt n) {
            return rt.newStr(sb.value().repeat((int) Math.max(0, clampCount(ip, n))));
        }
        if (a instanceof PyList la && a.type() == rt.types.list) {
            if (op == BinaryOperator.ADD && b instanceof PyList lb) {
                return Containers.listConcat(ip, la, lb);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return Containers.listRepeat(ip, la, clampCount(ip, n));
            }
        }
        if (b instanceof PyList lb && op == BinaryOperator.MULT && a instanceof PyInt n) {
            return Containers.listRepeat(ip, lb, clampCount(ip, n));
        }
        if (a instanceof PyTuple ta) {
            if (op == BinaryOperator.ADD && b instanceof PyTuple tb) {
                return Containers.tupleConcat(ip, ta, tb);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return Containers.tupleRepeat(ip, ta, clampCount(ip, n));
            }
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return SetOps.binary(ip, op, sa, sb);
        }
        if (a instanceof PyDict da && b instanceof PyDict && op == BinaryOperator.BIT_OR) {
            // Objects/dictobject.c dict_or: a copy of the left operand, then updated with the right one
            PyDict r = (PyDict) DictMethods.copy(ip, da);
            try {
                Containers.dictUpdate(ip, r, b);
            } catch (PyException e) {
                rt.decref(r);
                throw e;
            }
            return r;
        }
        if (a instanceof PyBytes ba) {
            if (op == BinaryOperator.ADD && b instanceof PyBytes bb) {
                byte[] out = java.util.Arrays.copyOf(ba.value(), ba.value().length + bb.value().length);
                System.arraycopy(bb.value(), 0, out, ba.value().length, bb.value().length);
                return rt.newBytes(out);
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return bytesRepeat(ip, ba, clampCount(ip, n));
            }
        }
        if (b instanceof PyBytes bb && op == BinaryOperator.MULT && a instanceof PyInt n) {
            return bytesRepeat(ip, bb, clampCount(ip, n));
        }
        return null;
    }

    /** Objects/bytesobject.c {@code bytes_repeat}. */
    private static PyObject bytesRepeat(Interpreter ip, PyBytes b, long count) {
        int len = b.value().length;
        if (len > 0 && count > Integer.MAX_VALUE / len) {
            throw ip.errors.make("MemoryError");
        }
        byte[] out = new byte[(int) (len * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(b.value(), 0, out, i * len, len);
        }
        return ip.rt.newBytes(out);
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

    static PyObject unary(Interpreter ip, UnaryOperator op, PyObject v) {
        Runtime rt = ip.rt;
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
