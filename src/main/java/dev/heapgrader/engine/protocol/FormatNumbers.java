package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;

import java.math.BigInteger;

/**
 * The decimal numbers written inside format strings (widths, precisions, field indexes), read the way CPython
 * reads them: as a {@code Py_ssize_t} with an overflow check, so a number too long to hold becomes CPython's
 * {@code ValueError} or {@code OverflowError} and never a Java parsing failure.
 */
final class FormatNumbers {
    private FormatNumbers() {
    }

    /**
     * Objects/stringlib/unicode_format.h {@code get_integer}: a width, precision or field index of
     * {@code str.format} and {@code format()}; beyond {@code PY_SSIZE_T_MAX} it is a {@code ValueError}.
     */
    static long specInteger(Interpreter ip, String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ip.errors.valueError("Too many decimal digits in format string");
        }
    }

    /** A width the result must be padded to: one character per column, so past the heap it is a MemoryError. */
    static int width(Interpreter ip, long width) {
        if (width > Integer.MAX_VALUE - 8 || ip.rt.heap.wouldExceed(width)) {
            throw ip.errors.make("MemoryError");
        }
        return (int) width;
    }

    /**
     * A precision: Python/formatter_unicode.c refuses one above {@code INT_MAX} ("precision too big") when it
     * formats a number; for text it only truncates, so a larger one is as good as {@code INT_MAX}.
     */
    static int precision(long precision) {
        return (int) Math.min(precision, Integer.MAX_VALUE);
    }

    /**
     * Objects/unicodeobject.c {@code unicode_format_arg_parse}: the width and precision digits of a
     * {@code %}-conversion, each refused once it would pass {@code PY_SSIZE_T_MAX}.
     */
    static void checkPercentFlags(Interpreter ip, String flags) {
        int dot = flags.indexOf('.');
        String before = dot < 0 ? flags : flags.substring(0, dot);
        if (tooBig(before.replaceAll("^[-+ #0]+", ""))) {
            throw ip.errors.valueError("width too big");
        }
        if (dot >= 0 && tooBig(flags.substring(dot + 1))) {
            throw ip.errors.valueError("precision too big");
        }
    }

    private static boolean tooBig(String digits) {
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
                && new BigInteger(digits).bitLength() > 63;
    }

    /**
     * Objects/unicodeobject.c {@code formatchar}: {@code %c} takes one character or a code point in
     * {@code range(0x110000)}.
     */
    static String percentChar(Interpreter ip, PyObject value) {
        if (value instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
            return s.value();
        }
        if (!(value instanceof PyInt i)) {
            throw ip.errors.typeError("%c requires int or char");
        }
        BigInteger cp = i.bigValue();
        if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x110000)) >= 0) {
            throw ip.errors.make("OverflowError", "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(cp.intValue()));
    }
}
