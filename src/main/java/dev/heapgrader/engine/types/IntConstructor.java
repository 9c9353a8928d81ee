package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

import java.math.BigDecimal;
import java.math.BigInteger;

/** {@code int(x)} and {@code int(text, base)} (Objects/longobject.c {@code long_new_impl}). */
final class IntConstructor {
    private IntConstructor() {
    }

    static PyObject construct(Interpreter ip, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        int npos = NativeTable.positionalCount(a, k);
        if (npos > 2) {
            throw ip.errors.typeError(rt.version.intArityErrorsLikeClinic()
                    ? "int expected at most 2 arguments, got " + npos
                    : "int() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject baseArg = npos > 1 ? a[1] : NativeTable.keyword(a, k, "base");
        if (npos == 0) {
            return rt.newInt(0);
        }
        PyObject v = a[0];
        if (baseArg != null) {
            if (!(v instanceof PyStr s)) {
                throw ip.errors.typeError("int() can't convert non-string with explicit base");
            }
            return parse(ip, s, (int) ObjectProtocol.index(ip, baseArg, "'%T' object cannot be interpreted as an integer"));
        }
        if (v instanceof PyInt i) {
            return v.type() == rt.types.intType ? v.newRef() : rt.newInt(i.bigValue());
        }
        if (v instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw ip.errors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw ip.errors.overflow("cannot convert float infinity to integer");
            }
            return rt.newInt(new BigDecimal(d).toBigInteger());
        }
        if (v instanceof PyStr s) {
            return parse(ip, s, 10);
        }
        PyObject r = Calls.callSpecial(ip, v, "__int__");
        if (r == null) {
            r = Calls.callSpecial(ip, v, "__index__");
        }
        if (r != null) {
            return r;
        }
        throw ip.errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + v.type().name() + "'");
    }

    static PyObject parse(Interpreter ip, PyStr s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw ip.errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String text = s.value().strip();
        String digits = text;
        boolean negative = false;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        int b = base;
        String lower = digits.toLowerCase(java.util.Locale.ROOT);
        if ((b == 16 || b == 0) && lower.startsWith("0x")) {
            digits = digits.substring(2);
            b = 16;
        } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
            digits = digits.substring(2);
            b = 8;
        } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
            digits = digits.substring(2);
            b = 2;
        } else if (b == 0) {
            b = 10;
        }
        if (digits.startsWith("_")) {
            digits = "!";
        }
        String clean = digits.contains("__") || digits.endsWith("_") ? "!" : digits.replace("_", "");
        if (b == 10 && clean.length() > IntFormat.MAX_STR_DIGITS) {
            // Objects/longobject.c: parsing is limited like printing, and this message counts the digits
            throw ip.errors.valueError("Exceeds the limit (" + IntFormat.MAX_STR_DIGITS + " digits) for integer "
                    + "string conversion: value has " + clean.length() + " digits; use sys.set_int_max_str_digits() "
                    + "to increase the limit");
        }
        try {
            if (clean.isEmpty() || !clean.chars().allMatch(c -> Character.digit(c, 36) >= 0)) {
                throw new NumberFormatException();
            }
            BigInteger value = new BigInteger(clean, b);
            return ip.rt.newInt(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            throw ip.errors.valueError("invalid literal for int() with base " + base + ": " + Repr.repr(ip, s));
        }
    }
}
