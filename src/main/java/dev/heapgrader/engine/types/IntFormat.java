package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;

/** Decimal conversion of ints, with the 4300-digit limit CPython 3.11+ enforce (PEP 651's sibling, CVE-2020-10735). */
public final class IntFormat {
    static final int MAX_STR_DIGITS = 4300;

    private IntFormat() {
    }

    public static String decimal(Interpreter ip, PyInt i) {
        if (i.isSmall()) {
            return Long.toString(i.longValue());
        }
        if (i.bigValue().abs().bitLength() > 14000) {
            String s = i.bigValue().abs().toString();
            if (s.length() > MAX_STR_DIGITS) {
                throw ip.errors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                        + "conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return i.bigValue().toString();
    }
}
