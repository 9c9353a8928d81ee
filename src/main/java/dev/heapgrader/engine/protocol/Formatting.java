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
import dev.heapgrader.engine.types.PyFunction;

/**
 * {@code format()}, f-string fields and {@code %}-formatting: which object formats how (Objects/abstract.c
 * {@code PyObject_Format}: a class's {@code __format__}, else the builtin presentation of an int, float or str by
 * the parsed {@code FormatSpec}, numbers through {@code NumberFormatting}), and {@code PyUnicode_Format}'s
 * conversions.
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
        FormatSpec s = FormatSpec.parse(ip, spec);
        if (value instanceof PyInt i && value.type() != rt.types.bool || value instanceof PyInt && !spec.isEmpty()
                && s.type != 0 && s.type != 's') {
            PyInt iv = (PyInt) value;
            if ("eEfFgG%".indexOf(s.type) >= 0) {
                double d = iv.bigValue().doubleValue();
                if (Double.isInfinite(d)) {
                    // Objects/longobject.c PyLong_AsDouble
                    throw ip.errors.make("OverflowError", "int too large to convert to float");
                }
                return NumberFormatting.formatFloat(ip, d, s);
            }
            return NumberFormatting.formatInt(ip, iv.bigValue(), s);
        }
        if (value instanceof PyFloat fl) {
            return NumberFormatting.formatFloat(ip, fl.value(), s);
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
        return FormatSpec.pad(text, s, '<');
    }

    /** {@code str % args} (Objects/unicodeobject.c {@code PyUnicode_Format}). */
    public static PyObject percent(Interpreter ip, PyStr format, PyObject args) {
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
