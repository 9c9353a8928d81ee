package dev.heapgrader.engine.object;

import java.math.BigInteger;

/**
 * An {@code int} (or a {@code bool}, whose type is {@code bool}) of arbitrary precision. Values that fit in a
 * {@code long} keep one, larger ones a {@link BigInteger}; the two never overlap, so equality is cheap.
 */
public final class PyInt extends PyObject {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long small;
    private final BigInteger big;

    public PyInt(PyType type, long value) {
        super(type);
        this.small = value;
        this.big = null;
    }

    public PyInt(PyType type, BigInteger value) {
        super(type);
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            this.small = value.longValue();
            this.big = null;
        } else {
            this.small = 0;
            this.big = value;
        }
    }

    /** Whether the value fits in a Java long. */
    public boolean isSmall() {
        return big == null;
    }

    public long longValue() {
        return big == null ? small : big.longValue();
    }

    public BigInteger bigValue() {
        return big == null ? BigInteger.valueOf(small) : big;
    }

    /** Number of 30-bit digits CPython stores for this value ({@code Py_SIZE} of a PyLongObject). */
    public int digitCount() {
        if (big == null) {
            if (small == 0) {
                return 0;
            }
            long abs = Math.abs(small);
            int bits = small == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(abs);
            return (bits + 29) / 30;
        }
        return (big.abs().bitLength() + 29) / 30;
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(small) : big.toString();
    }
}
