package dev.heapgrader.engine.types;

/** {@code repr(complex)}: {@code 2j}, {@code (1+2j)}, each part in the shortest repr without a trailing ".0". */
public final class ComplexFormat {
    private ComplexFormat() {
    }

    public static String repr(PyComplex c) {
        String imag = part(c.imag) + "j";
        if (c.real == 0 && 1 / c.real > 0) {
            return imag;
        }
        String sign = c.imag < 0 || (c.imag == 0 && 1 / c.imag < 0) ? "" : "+";
        return "(" + part(c.real) + sign + imag + ")";
    }

    private static String part(double d) {
        String r = FloatSlots.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
