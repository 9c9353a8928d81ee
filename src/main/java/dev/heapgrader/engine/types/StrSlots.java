package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.Formatting;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code str} (Objects/unicodeobject.c). */
public final class StrSlots {
    static final TypeSlots SLOTS = new TypeSlots(StrSlots::repr, StrSlots::hash, StrSlots::compare)
            .withLength(StrSlots::length).withContains(StrSlots::contains).withIter(StrSlots::iter)
            .withSubscript(StrSlots::subscript).withBinary(StrSlots::binary).withStr(StrSlots::str);

    private StrSlots() {
    }

    static String repr(Interpreter ip, PyObject self) {
        return quote(((PyStr) self).value());
    }

    /** {@code unicode_repr}: single quotes unless the text has ' and no ". */
    public static String quote(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.appendCodePoint(cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }

    /** Approximates {@code Py_UNICODE_ISPRINTABLE}: not a control, format, separator (except space) or unassigned. */
    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR);
    }

    static long hash(Interpreter ip, PyObject self) {
        return ((PyStr) self).javaHash();
    }

    /** {@code PyUnicode_RichCompare}: code point by code point, strings only. */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyStr o) {
            return ip.rt.bool(Compare.outcome(order(((PyStr) self).value(), o.value()), op));
        }
        return ObjectSlots.compare(ip, self, other, op);
    }

    /** {@code unicode_compare}: by code point, not by UTF-16 unit. */
    public static int order(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    }

    /** {@code unicode_str}: the text itself. */
    static String str(Interpreter ip, PyObject self) {
        return ((PyStr) self).value();
    }

    /** {@code unicode_length}: code points. */
    static long length(Interpreter ip, PyObject self) {
        return ((PyStr) self).length();
    }

    /** {@code PyUnicode_Contains}: a substring test, only for a str operand. */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        if (!(item instanceof PyStr sub)) {
            throw ip.errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
        }
        return ((PyStr) self).value().contains(sub.value());
    }

    /** {@code unicode_iter}. */
    static PyObject iter(Interpreter ip, PyObject self) {
        return IteratorSlots.over(ip, self, PyIterator.Kind.STR);
    }

    /** {@code unicode_subscript}: a one-character str, or a str for a slice (itself for a full slice). */
    static PyObject subscript(Interpreter ip, PyObject self, PyObject index) {
        PyStr s = (PyStr) self;
        int[] cps = s.value().codePoints().toArray();
        if (index instanceof PySlice sl) {
            long[] r = Slices.indices(ip, sl, cps.length);
            StringBuilder sb = new StringBuilder();
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                sb.appendCodePoint(cps[(int) i]);
            }
            if (r[0] == 0 && r[2] == 1 && r[3] == cps.length) {
                return s.newRef();
            }
            return ip.rt.newStr(sb.toString());
        }
        int i = SequenceIndex.normalize(ip, index, cps.length, "string");
        return ip.rt.newStr(new String(Character.toChars(cps[i])));
    }

    /**
     * {@code PyUnicode_Concat} ({@code str + str}), {@code unicode_repeat} ({@code str * n}, {@code n * str}) and
     * {@code unicode_mod} ({@code str % args}, {@code PyUnicode_Format}).
     */
    static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a, PyObject b) {
        if (op == BinaryOperator.MOD && a instanceof PyStr format) {
            return Formatting.percent(ip, format, b);
        }
        return SequenceConcat.concatOrRepeat(ip, op, a, b, PyStr.class, StrSlots::concat, StrSlots::repeat);
    }

    private static PyObject concat(Interpreter ip, PyStr a, PyStr b) {
        return ip.rt.newStr(a.value() + b.value());
    }

    private static PyObject repeat(Interpreter ip, PyStr s, long n) {
        if (s.value().isEmpty() || n <= 0) {
            // Objects/unicodeobject.c unicode_repeat: nothing to repeat, whatever the count
            return ip.rt.newStr("");
        }
        long chars = (long) s.value().length() * n;
        ip.rt.reserve(chars > Integer.MAX_VALUE / 4 ? Long.MAX_VALUE : 60 + 4 * chars);
        return ip.rt.newStr(s.value().repeat((int) n));
    }
}
