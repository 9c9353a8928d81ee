package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;

/** {@code str.format}: replacement fields with positions, names, attributes, indexes, conversions and specs. */
public final class StrFormat {
    private StrFormat() {
    }

    public static String format(Interpreter ip, String template, PyObject[] a, String[] k) {
        int npos = NativeTable.positionalCount(a, k);
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < template.length() && depth > 0) {
                    if (template.charAt(j) == '{') {
                        depth++;
                    } else if (template.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth != 0) {
                    throw ip.errors.valueError("expected '}' before end of string");
                }
                String field = template.substring(i + 1, j - 1);
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                if (spec.contains("{")) {
                    spec = format(ip, spec, a, k);
                }
                String first = field.split("[.\\[]", 2)[0];
                PyObject value;
                if (first.isEmpty()) {
                    if (auto >= npos) {
                        throw ip.errors.indexError("Replacement index " + auto + " out of range for positional args "
                                + "tuple");
                    }
                    value = a[auto++].newRef();
                } else if (first.chars().allMatch(Character::isDigit)) {
                    long idx = FormatNumbers.specInteger(ip, first);
                    if (idx >= npos) {
                        throw ip.errors.indexError("Replacement index " + idx + " out of range for positional args "
                                + "tuple");
                    }
                    value = a[(int) idx].newRef();
                } else {
                    PyObject v = NativeTable.keyword(a, k, first);
                    if (v == null) {
                        throw ip.errors.keyError(ip.rt.newStr(first));
                    }
                    value = v.newRef();
                }
                String rest = field.substring(first.length());
                while (!rest.isEmpty()) {
                    PyObject next;
                    if (rest.startsWith(".")) {
                        String[] parts = rest.substring(1).split("(?=[.\\[])", 2);
                        next = Attributes.get(ip, value, parts[0]);
                        rest = parts.length > 1 ? parts[1] : "";
                    } else {
                        int close = rest.indexOf(']');
                        String key = rest.substring(1, close);
                        PyObject index = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                                ? ip.rt.newInt(FormatNumbers.specInteger(ip, key)) : ip.rt.newStr(key);
                        try {
                            next = Subscripts.get(ip, value, index);
                        } finally {
                            ip.rt.decref(index);
                        }
                        rest = rest.substring(close + 1);
                    }
                    ip.rt.decref(value);
                    value = next;
                }
                try {
                    PyObject converted = value;
                    if (conv == 'r' || conv == 'a') {
                        String r = Repr.repr(ip, value);
                        converted = ip.rt.newStr(conv == 'a' ? Formatting.ascii(r) : r);
                    } else if (conv == 's') {
                        converted = ip.rt.newStr(Repr.str(ip, value));
                    } else {
                        converted.incref();
                    }
                    try {
                        out.append(converted instanceof PyStr s && spec.isEmpty() ? s.value()
                                : Formatting.format(ip, converted, spec));
                    } finally {
                        ip.rt.decref(converted);
                    }
                } finally {
                    ip.rt.decref(value);
                }
                i = j;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw ip.errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
