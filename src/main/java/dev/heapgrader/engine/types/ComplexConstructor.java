package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code complex(real=0, imag=0)} as Objects/complexobject.c's {@code complex_new}: a string (with optional
 * parentheses), a complex, an object with {@code __complex__}, or real numbers (also through {@code __float__} or
 * {@code __index__}); a complex second argument is multiplied by 1j.
 */
final class ComplexConstructor {
    private ComplexConstructor() {
    }

    private static final String NUMBER = "(?:\\d+\\.?\\d*(?:e[+-]?\\d+)?|\\.\\d+(?:e[+-]?\\d+)?|inf(?:inity)?|nan)";
    private static final Pattern REAL = Pattern.compile("([+-]?" + NUMBER + ")");
    private static final Pattern IMAG = Pattern.compile("([+-]?" + NUMBER + "?)j");
    private static final Pattern BOTH = Pattern.compile("([+-]?" + NUMBER + ")([+-]" + NUMBER + "?)j");

    private record Parts(double real, double imag) { }

    static PyObject construct(Interpreter ip, PyObject[] a, int npos, String[] kwnames) {
        if (npos > 2) {
            throw ip.errors.typeError("complex() takes at most 2 arguments (" + a.length + " given)");
        }
        if (kwnames != null) {
            for (String name : kwnames) {
                if (!name.equals("real") && !name.equals("imag")) {
                    throw ip.errors.typeError("complex() got an unexpected keyword argument '" + name + "'");
                }
            }
        }
        PyObject real = npos > 0 ? a[0] : keyword(a, npos, kwnames, "real");
        PyObject imag = npos > 1 ? a[1] : keyword(a, npos, kwnames, "imag");
        if (real instanceof PyStr s) {
            if (imag != null) {
                throw ip.errors.typeError("complex() can't take second arg if first is a string");
            }
            Parts p = parse(ip, s.value());
            return ip.rt.newComplex(p.real, p.imag);
        }
        if (imag instanceof PyStr) {
            throw ip.errors.typeError("complex() second arg can't be a string");
        }
        Parts r = real == null ? new Parts(0.0, 0.0) : parts(ip, real, "first");
        Parts i = imag == null ? new Parts(0.0, 0.0) : parts(ip, imag, "second");
        // real + imag * 1j
        return ip.rt.newComplex(r.real - i.imag, r.imag + i.real);
    }

    private static PyObject keyword(PyObject[] a, int npos, String[] kwnames, String name) {
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i].equals(name)) {
                    return a[npos + i];
                }
            }
        }
        return null;
    }

    private static Parts parts(Interpreter ip, PyObject v, String which) {
        if (v instanceof PyComplex c) {
            return new Parts(c.real, c.imag);
        }
        if (v instanceof PyInt || v instanceof PyFloat) {
            return new Parts(NumberArithmetic.toDouble(ip, v), 0.0);
        }
        PyObject special = Calls.callSpecialBound(ip, v, "__complex__");
        if (special == null) {
            special = Calls.callSpecial(ip, v, "__float__");
        }
        if (special == null) {
            special = Calls.callSpecial(ip, v, "__index__");
        }
        if (special == null) {
            throw ip.errors.typeError("complex() " + which + " argument must be a string or a number, not '"
                    + v.type().name() + "'");
        }
        try {
            if (special instanceof PyComplex || special instanceof PyInt || special instanceof PyFloat) {
                return parts(ip, special, which);
            }
            throw ip.errors.typeError("__complex__ returned non-complex (type " + special.type().name() + ")");
        } finally {
            ip.rt.decref(special);
        }
    }

    /** {@code complex_from_string_inner}: "a", "bj", "a+bj", each optionally in parentheses. */
    private static Parts parse(Interpreter ip, String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = BOTH.matcher(s)).matches()) {
            return new Parts(number(m.group(1)), number(m.group(2)));
        }
        if ((m = IMAG.matcher(s)).matches()) {
            return new Parts(0.0, number(m.group(1)));
        }
        if ((m = REAL.matcher(s)).matches()) {
            return new Parts(number(m.group(1)), 0.0);
        }
        throw ip.errors.valueError("complex() arg is a malformed string");
    }

    /** One part; a bare sign or nothing before {@code j} means one. */
    private static double number(String part) {
        if (part.isEmpty() || part.equals("+")) {
            return 1.0;
        }
        if (part.equals("-")) {
            return -1.0;
        }
        String body = part.replaceFirst("^[+-]", "");
        double sign = part.startsWith("-") ? -1.0 : 1.0;
        if (body.startsWith("inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return sign * Double.parseDouble(body);
    }
}
