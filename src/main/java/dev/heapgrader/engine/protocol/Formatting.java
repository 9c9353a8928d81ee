package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.types.FloatSlots;
import dev.heapgrader.engine.types.PyFunction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code format()}, f-string fields and {@code %}-formatting: the format-spec mini-language
 * (Python/formatter_unicode.c) for ints, floats and strings, and {@code PyUnicode_Format}'s conversions.
 */
public final class Formatting {
    private Formatting() {
    }

    /** {@code FORMAT_VALUE}: [value, spec?] -> formatted str. */
    public static PyObject formatValue(Interpreter ip, Frame f, int arg) {
        InterpreterState rt = ip.rt;
        PyObject spec = (arg & 4) != 0 ? f.pop() : null;
        PyObject value = f.pop();
        try {
            int conv = arg & 3;
            // FORMAT_VALUE formats the popped value itself (no extra reference); !s, !r and !a make a new str
            PyObject converted = value;
            if (conv == 1) {
                converted = rt.newStr(Repr.str(ip, value));
            } else if (conv == 2 || conv == 3) {
                converted = rt.newStr(conv == 2 ? Repr.repr(ip, value) : ascii(Repr.repr(ip, value)));
            }
            try {
                String specText = spec == null ? "" : ((PyStr) spec).value();
                if (specText.isEmpty() && converted instanceof PyStr && converted.type() == rt.types.str) {
                    return converted.newRef();
                }
                return rt.newStr(format(ip, converted, specText));
            } finally {
                if (converted != value) {
                    rt.decref(converted);
                }
            }
        } finally {
            rt.decref(value);
            rt.xdecref(spec);
        }
    }

    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** {@code format(value, spec)}. */
    public static String format(Interpreter ip, PyObject value, String spec) {
        InterpreterState rt = ip.rt;
        if (value instanceof PyInstance) {
            PyObject method = value.type().lookup("__format__");
            if (method instanceof PyFunction) {
                PyObject s = rt.newStr(spec);
                try {
                    // PyObject_Format looks __format__ up as a bound method
                    PyObject r = Calls.callSpecialBound(ip, value, "__format__", s);
                    try {
                        if (!(r instanceof PyStr rs)) {
                            throw ip.errors.typeError("__format__ must return a str, not " + r.type().name());
                        }
                        return rs.value();
                    } finally {
                        rt.decref(r);
                    }
                } finally {
                    rt.decref(s);
                }
            }
            if (spec.isEmpty()) {
                return Repr.str(ip, value);
            }
            throw ip.errors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        Spec s = Spec.parse(ip, spec);
        if (value instanceof PyInt i && value.type() != rt.types.bool || value instanceof PyInt && !spec.isEmpty()
                && s.type != 0 && s.type != 's') {
            PyInt iv = (PyInt) value;
            if ("eEfFgG%".indexOf(s.type) >= 0) {
                double d = iv.bigValue().doubleValue();
                if (Double.isInfinite(d)) {
                    // Objects/longobject.c PyLong_AsDouble
                    throw ip.errors.make("OverflowError", "int too large to convert to float");
                }
                return formatFloat(ip, d, s);
            }
            return formatInt(ip, iv.bigValue(), s);
        }
        if (value instanceof PyFloat fl) {
            return formatFloat(ip, fl.value(), s);
        }
        String text = value instanceof PyStr str ? str.value() : Repr.str(ip, value);
        if (!(value instanceof PyStr) && !spec.isEmpty() && !(value instanceof PyInt)) {
            throw ip.errors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        if (s.type != 0 && s.type != 's') {
            throw ip.errors.valueError("Unknown format code '" + s.type + "' for object of type '"
                    + value.type().name() + "'");
        }
        if (s.precision >= 0 && text.codePointCount(0, text.length()) > s.precision) {
            text = text.substring(0, text.offsetByCodePoints(0, s.precision));
        }
        return pad(text, s, '<');
    }

    /** A parsed format spec. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = '-';
        boolean alternate;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;

        static Spec parse(Interpreter ip, String spec) {
            Spec s = new Spec();
            int i = 0;
            int n = spec.length();
            if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
                s.fill = spec.charAt(0);
                s.align = spec.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
                s.align = spec.charAt(0);
                i = 1;
            }
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
                s.sign = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == '#') {
                s.alternate = true;
                i++;
            }
            if (i < n && spec.charAt(i) == '0') {
                if (s.align == 0) {
                    s.fill = '0';
                    s.align = '=';
                }
                i++;
            }
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                s.width = FormatNumbers.width(ip, FormatNumbers.specInteger(ip, spec.substring(start, i)));
            }
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                s.grouping = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw ip.errors.valueError("Format specifier missing precision");
                }
                s.precision = FormatNumbers.precision(FormatNumbers.specInteger(ip, spec.substring(start, i)));
            }
            if (i < n) {
                s.type = spec.charAt(i++);
            }
            if (i < n) {
                throw ip.errors.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
            }
            return s;
        }
    }

    private static String pad(String body, Spec s, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (s.width <= len) {
            return body;
        }
        int total = s.width - len;
        char align = s.align == 0 ? defaultAlign : s.align;
        String fill = String.valueOf(s.fill);
        return switch (align) {
            case '<' -> body + fill.repeat(total);
            case '^' -> fill.repeat(total / 2) + body + fill.repeat(total - total / 2);
            default -> fill.repeat(total) + body;
        };
    }

    private static String signed(boolean negative, String digits, Spec s, String prefix) {
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        if (s.align == '=') {
            int len = sign.length() + prefix.length() + digits.length();
            if (s.width > len) {
                String fill = String.valueOf(s.fill).repeat(s.width - len);
                if (s.fill == '0' && s.grouping != 0) {
                    return sign + prefix + digits;
                }
                return sign + prefix + fill + digits;
            }
            return sign + prefix + digits;
        }
        return pad(sign + prefix + digits, s, '>');
    }

    static String formatInt(Interpreter ip, BigInteger v, Spec s) {
        boolean negative = v.signum() < 0;
        BigInteger abs = v.abs();
        String digits;
        String prefix = "";
        switch (s.type) {
            case 'b' -> {
                digits = abs.toString(2);
                prefix = s.alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = abs.toString(8);
                prefix = s.alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = abs.toString(16);
                prefix = s.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = abs.toString(16).toUpperCase(Locale.ROOT);
                prefix = s.alternate ? "0X" : "";
            }
            case 'c' -> {
                // Python/formatter_unicode.c format_long_internal: the value is a C long, then a code point
                if (v.bitLength() > 63) {
                    throw ip.errors.make("OverflowError", "Python int too large to convert to C long");
                }
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x110000)) >= 0) {
                    throw ip.errors.make("OverflowError", "%c arg not in range(0x110000)");
                }
                return pad(new String(Character.toChars(v.intValue())), s, '<');
            }
            case 0, 'd', 'n' -> digits = abs.toString();
            default -> throw ip.errors.valueError("Unknown format code '" + s.type + "' for object of type 'int'");
        }
        if (s.precision >= 0) {
            throw ip.errors.valueError("Precision not allowed in integer format specifier");
        }
        if (s.grouping != 0) {
            digits = group(digits, s.grouping, s.type == 'b' || s.type == 'o' || s.type == 'x' || s.type == 'X'
                    ? 4 : 3);
            if (s.align == '=' && s.fill == '0' && s.width > 0) {
                digits = zeroPadGrouped(digits, s, negative, prefix);
            }
        }
        return signed(negative, digits, s, prefix);
    }

    private static String zeroPadGrouped(String digits, Spec s, boolean negative, String prefix) {
        int signLen = negative || s.sign == '+' || s.sign == ' ' ? 1 : 0;
        String raw = digits.replace(String.valueOf(s.grouping), "");
        String out = digits;
        while (out.length() + signLen + prefix.length() < s.width) {
            raw = "0" + raw;
            out = group(raw, s.grouping, 3);
        }
        return out;
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    static String formatFloat(Interpreter ip, double d, Spec s) {
        char type = s.type;
        if (s.precision == Integer.MAX_VALUE) {
            // Python/formatter_unicode.c format_float_internal: a precision above INT_MAX
            throw ip.errors.valueError("precision too big");
        }
        if (ip.rt.heap.wouldExceed(Math.max(s.precision, 0))) {
            throw ip.errors.make("MemoryError");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double abs = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase(Locale.ROOT);
            }
            return signed(negative && !Double.isNaN(d), body, s, "");
        }
        int precision = s.precision < 0 ? 6 : s.precision;
        switch (type) {
            case 'f', 'F' -> body = fixed(abs, precision);
            case '%' -> body = (Double.isInfinite(abs * 100) ? "inf" : fixed(abs * 100, precision)) + "%";
            case 'e', 'E' -> {
                body = scientific(abs, precision);
                if (type == 'E') {
                    body = body.toUpperCase(Locale.ROOT);
                }
            }
            case 'g', 'G', 'n' -> {
                body = general(abs, precision == 0 ? 1 : precision, s.alternate);
                if (type == 'G') {
                    body = body.toUpperCase(Locale.ROOT);
                }
            }
            case 0 -> {
                if (s.precision < 0) {
                    body = FloatSlots.repr(abs);
                } else {
                    body = general(abs, Math.max(precision, 1), s.alternate);
                    if (!body.contains(".") && !body.contains("e") && !body.contains("inf")) {
                        body = body + ".0";
                    }
                }
            }
            default -> throw ip.errors.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (s.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            if (body.endsWith("%") && dot < 0) {
                end = body.length() - 1;
            }
            body = group(body.substring(0, end), s.grouping, 3) + body.substring(end);
        }
        return signed(negative, body, s, "");
    }

    static String fixed(double abs, int precision) {
        return new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String scientific(double abs, int precision) {
        if (abs == 0) {
            return (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
        }
        BigDecimal b = new BigDecimal(abs);
        int exp = b.precision() - b.scale() - 1;
        BigDecimal mant = b.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
        if (mant.compareTo(BigDecimal.TEN) >= 0) {
            exp++;
            mant = b.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
        }
        return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The 'g' presentation: scientific when the exponent is below -4 or at least the precision. */
    static String general(double abs, int precision, boolean alternate) {
        if (abs == 0) {
            return "0";
        }
        String sci = scientific(abs, precision - 1);
        int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        String out;
        if (exp < -4 || exp >= precision) {
            String mant = sci.substring(0, sci.indexOf('e'));
            if (!alternate && mant.contains(".")) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            out = mant + sci.substring(sci.indexOf('e'));
        } else {
            out = fixed(abs, Math.max(0, precision - 1 - exp));
            if (!alternate && out.contains(".")) {
                out = out.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return out;
    }

    /** {@code str % args} (Objects/unicodeobject.c {@code PyUnicode_Format}). */
    static PyObject percent(Interpreter ip, PyStr format, PyObject args) {
        InterpreterState rt = ip.rt;
        if (format.value().equals("%s") && args instanceof PyStr && args.type() == rt.types.str) {
            // the unicode writer hands back the argument itself when it is the whole result
            return args.newRef();
        }
        String f = format.value();
        PyObject[] values = args instanceof PyTuple t ? t.items() : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        int next = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            i++;
            if (i >= f.length()) {
                throw ip.errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (f.charAt(i) == '(' && mapping != null) {
                int close = f.indexOf(')', i);
                if (close < 0) {
                    throw ip.errors.valueError("incomplete format key");
                }
                String key = f.substring(i + 1, close);
                value = mapping.getStr(key);
                if (value == null) {
                    throw ip.errors.keyError(rt.newStr(key));
                }
                i = close + 1;
            }
            int start = i;
            while (i < f.length() && "-+ #0123456789.".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            String flags = f.substring(start, i);
            FormatNumbers.checkPercentFlags(ip, flags);
            if (i >= f.length()) {
                throw ip.errors.valueError("incomplete format");
            }
            char conv = f.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (mapping != null && values.length == 1 && values[0] == mapping) {
                    value = mapping;
                } else {
                    if (next >= values.length) {
                        throw ip.errors.typeError("not enough arguments for format string");
                    }
                    value = values[next++];
                }
            }
            out.append(percentOne(ip, flags, conv, value));
        }
        if (mapping == null && next < values.length) {
            throw ip.errors.typeError("not all arguments converted during string formatting");
        }
        return rt.newStr(out.toString());
    }

    /** Formats already-converted text with a spec, through a temporary str that is released at once. */
    private static String formatText(Interpreter ip, String text, String spec) {
        PyObject s = ip.rt.newStr(text);
        try {
            return format(ip, s, spec);
        } finally {
            ip.rt.decref(s);
        }
    }

    private static String percentOne(Interpreter ip, String flags, char conv, PyObject value) {
        String align = flags.startsWith("-") ? "<" : "";
        String rest = flags.replace("-", "");
        String spec = align + rest;
        return switch (conv) {
            // %-formatting pads text on the left unless the '-' flag is given (format() pads str on the right)
            case 's' -> formatText(ip, Repr.str(ip, value), align.isEmpty() && !rest.isEmpty() ? ">" + rest : spec);
            case 'r' -> formatText(ip, Repr.repr(ip, value), align.isEmpty() && !rest.isEmpty() ? ">" + rest : spec);
            case 'd', 'i' -> {
                if (value instanceof PyFloat fl) {
                    // Objects/floatobject.c float___trunc___impl via PyLong_FromDouble
                    if (Double.isNaN(fl.value())) {
                        throw ip.errors.valueError("cannot convert float NaN to integer");
                    }
                    if (Double.isInfinite(fl.value())) {
                        throw ip.errors.make("OverflowError", "cannot convert float infinity to integer");
                    }
                    yield format(ip, ip.rt.newInt(java.math.BigDecimal.valueOf(fl.value()).toBigInteger()),
                            spec + "d");
                }
                if (!(value instanceof PyInt)) {
                    throw ip.errors.typeError("%" + conv + " format: a real number is required, not "
                            + value.type().name());
                }
                yield format(ip, value, spec + "d");
            }
            case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o' -> format(ip, value, spec + conv);
            case 'c' -> FormatNumbers.percentChar(ip, value);
            default -> throw ip.errors.valueError("unsupported format character '" + conv + "' (0x"
                    + Integer.toHexString(conv) + ")");
        };
    }
}
