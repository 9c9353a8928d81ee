package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.math.BigInteger;

/** {@code range[i]} and {@code range[a:b:c]} on arbitrary-precision ranges (Objects/rangeobject.c range_subscript). */
public final class RangeSubscripts {
    private RangeSubscripts() {
    }

    public static PyObject get(Interpreter ip, PyRange r, PyObject index) {
        if (index instanceof PySlice s) {
            return slice(ip, r, s);
        }
        if (!(index instanceof PyInt) && !(index instanceof dev.heapgrader.engine.object.PyInstance
                && index.type().lookup("__index__") != null)) {
            throw ip.errors.typeError("range indices must be integers or slices, not " + index.type().name());
        }
        PyInt i = ObjectProtocol.indexInt(ip, index, "");
        BigInteger at = i.bigValue();
        ip.rt.decref(i);
        if (at.signum() < 0) {
            at = at.add(r.length);
        }
        if (at.signum() < 0 || at.compareTo(r.length) >= 0) {
            throw ip.errors.indexError("range object index out of range");
        }
        return r.item(ip.rt, at);
    }

    /** {@code compute_slice}: the slice's indices within the range, mapped to a new range. */
    private static PyObject slice(Interpreter ip, PyRange r, PySlice s) {
        InterpreterState rt = ip.rt;
        BigInteger step = s.step == rt.none ? BigInteger.ONE : value(ip, s.step);
        if (step.signum() == 0) {
            throw ip.errors.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? r.length.subtract(BigInteger.ONE) : r.length;
        BigInteger start = s.start == rt.none ? (back ? upper : lower) : clamp(value(ip, s.start), r.length, lower,
                upper);
        BigInteger stop = s.stop == rt.none ? (back ? lower : upper) : clamp(value(ip, s.stop), r.length, lower,
                upper);
        return rt.track(new PyRange(rt.types.range, r.start.add(start.multiply(r.step)),
                r.start.add(stop.multiply(r.step)), r.step.multiply(step)));
    }

    /** {@code _PySlice_GetLongIndices}: negative positions count from the end, then are clamped. */
    private static BigInteger clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.max(lower);
        }
        return v.min(upper);
    }

    private static BigInteger value(Interpreter ip, PyObject o) {
        PyInt i = ObjectProtocol.indexInt(ip, o, "slice indices must be integers or None or have an __index__ method");
        BigInteger v = i.bigValue();
        ip.rt.decref(i);
        return v;
    }
}
