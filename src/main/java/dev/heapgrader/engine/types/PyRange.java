package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

import java.math.BigInteger;

/**
 * A {@code range}: like Objects/rangeobject.c it keeps start, stop, step and length as arbitrary-precision
 * integers, so {@code range(10 ** 30)} works (only {@code len()} of it overflows); ranges whose numbers fit in a
 * machine word take the fast paths.
 */
public final class PyRange extends PyObject {
    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;
    final BigInteger length;
    /** Every number, and the last item, fits in a long: iteration and indexing use long arithmetic. */
    private final boolean small;

    PyRange(PyType type, BigInteger start, BigInteger stop, BigInteger step) {
        super(type);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.small = fits(start) && fits(stop) && fits(step) && fits(length)
                && fits(start.add(step.multiply(length)));
    }

    private static boolean fits(BigInteger v) {
        return v.bitLength() < 63;
    }

    /** {@code compute_range_length}: (hi - lo - 1) // step + 1 when the range is not empty. */
    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 && lo.compareTo(hi) < 0) {
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (step.signum() < 0 && lo.compareTo(hi) > 0) {
            return lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    /** Whether the range and its items fit in longs (a {@code range_iterator} rather than a longrange one). */
    boolean isSmall() {
        return small;
    }

    public boolean isEmpty() {
        return length.signum() == 0;
    }

    /** {@code len()}: an OverflowError when the length does not fit in a Py_ssize_t. */
    public long lengthOrOverflow(Interpreter ip) {
        if (!fits(length)) {
            throw ip.errors.overflow("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    /** Whether position {@code i} is inside the range. */
    boolean hasItem(long i) {
        return small ? i < length.longValue() : BigInteger.valueOf(i).compareTo(length) < 0;
    }

    /** The item at position {@code i} (0 <= i < length), as a new reference. */
    PyObject item(InterpreterState rt, long i) {
        if (small) {
            return rt.newInt(start.longValue() + i * step.longValue());
        }
        return rt.newInt(start.add(step.multiply(BigInteger.valueOf(i))));
    }

    /** The item at an arbitrary-precision position. */
    PyObject item(InterpreterState rt, BigInteger i) {
        return rt.newInt(start.add(step.multiply(i)));
    }

    /**
     * What {@code range_richcompare} and {@code range_hash} compare: the length, then the start unless empty, then
     * the step unless a single item. Equal ranges have equal keys.
     */
    public java.util.List<BigInteger> hashKey() {
        int n = length.signum() == 0 ? 1 : length.equals(BigInteger.ONE) ? 2 : 3;
        return java.util.List.of(length, start, step).subList(0, n);
    }

    /** {@code range_contains_long}: only ints are tested arithmetically. */
    boolean contains(PyObject o) {
        if (!(o instanceof PyInt i)) {
            return false;
        }
        BigInteger v = i.bigValue();
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }
}
