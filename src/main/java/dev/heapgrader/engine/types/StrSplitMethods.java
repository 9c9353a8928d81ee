package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.protocol.ObjectProtocol;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@code str} is cut and joined: {@code strip}, {@code split}, {@code splitlines}, {@code partition} and
 * {@code join} (Objects/unicodeobject.c, Objects/stringlib/split.h), registered in {@code StrMethods}' list.
 */
final class StrSplitMethods {
    private StrSplitMethods() {
    }

    private static PyObject strip(Interpreter ip, PyObject self, PyObject[] a, boolean left, boolean right) {
        String v = StrMethods.s(self);
        String chars = a.length > 0 && a[0] != ip.rt.none ? NativeTable.str(ip, a[0], "strip arg") : null;
        int start = 0;
        int end = v.length();
        while (left && start < end && (chars == null ? Character.isWhitespace(v.charAt(start))
                : chars.indexOf(v.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (chars == null ? Character.isWhitespace(v.charAt(end - 1))
                : chars.indexOf(v.charAt(end - 1)) >= 0)) {
            end--;
        }
        return StrMethods.same(ip, self, v.substring(start, end));
    }

    private static PyObject split(Interpreter ip, PyObject self, PyObject[] a, String[] k, boolean fromRight) {
        int npos = NativeTable.positionalCount(a, k);
        PyObject sepArg = npos > 0 ? a[0] : NativeTable.keyword(a, k, "sep");
        PyObject maxArg = npos > 1 ? a[1] : NativeTable.keyword(a, k, "maxsplit");
        long max = maxArg == null ? -1 : ObjectProtocol.index(ip, maxArg, "'%T' object cannot be interpreted as an integer");
        String v = StrMethods.s(self);
        List<String> parts = new ArrayList<>();
        if (sepArg == null || sepArg == ip.rt.none) {
            String[] words = v.strip().isEmpty() ? new String[0] : v.strip().split("\\s+");
            if (max < 0 || max >= words.length - 1) {
                parts.addAll(List.of(words));
            } else if (!fromRight) {
                String rest = v.stripLeading();
                for (int x = 0; x < max; x++) {
                    String[] two = rest.split("\\s+", 2);
                    parts.add(two[0]);
                    rest = two.length > 1 ? two[1].stripLeading() : "";
                }
                parts.add(rest.stripTrailing().isEmpty() ? rest : rest.stripTrailing().equals(rest) ? rest
                        : rest.stripTrailing());
            } else {
                List<String> all = new ArrayList<>(List.of(words));
                int keep = all.size() - (int) max;
                String head = v.stripTrailing();
                for (int x = 0; x < max; x++) {
                    int cut = head.length();
                    while (cut > 0 && !Character.isWhitespace(head.charAt(cut - 1))) {
                        cut--;
                    }
                    parts.add(0, head.substring(cut));
                    head = head.substring(0, cut).stripTrailing();
                }
                parts.add(0, head);
                if (keep < 0) {
                    parts.clear();
                    parts.addAll(all);
                }
            }
            return list(ip, parts);
        }
        String sep = NativeTable.str(ip, sepArg, "must be str or None, not");
        if (sep.isEmpty()) {
            throw ip.errors.valueError("empty separator");
        }
        if (!fromRight) {
            int from = 0;
            while (max < 0 || parts.size() < max) {
                int at = v.indexOf(sep, from);
                if (at < 0) {
                    break;
                }
                parts.add(v.substring(from, at));
                from = at + sep.length();
            }
            parts.add(v.substring(from));
        } else {
            int end = v.length();
            while (max < 0 || parts.size() < max) {
                int at = v.lastIndexOf(sep, end - sep.length());
                if (at < 0 || end - sep.length() < 0) {
                    break;
                }
                parts.add(0, v.substring(at + sep.length(), end));
                end = at;
            }
            parts.add(0, v.substring(0, end));
        }
        return list(ip, parts);
    }

    private static PyObject list(Interpreter ip, List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int x = 0; x < items.length; x++) {
            items[x] = ip.rt.newStr(parts.get(x));
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    private static PyObject partition(Interpreter ip, PyObject self, PyObject sepObj, boolean last) {
        String sep = NativeTable.str(ip, sepObj, "must be str, not");
        if (sep.isEmpty()) {
            throw ip.errors.valueError("empty separator");
        }
        String v = StrMethods.s(self);
        int at = last ? v.lastIndexOf(sep) : v.indexOf(sep);
        InterpreterState rt = ip.rt;
        if (at < 0) {
            return last ? rt.newTuple(new PyObject[] {rt.emptyStr, rt.emptyStr, self.newRef()})
                    : rt.newTuple(new PyObject[] {self.newRef(), rt.emptyStr, rt.emptyStr});
        }
        return rt.newTuple(new PyObject[] {rt.newStr(v.substring(0, at)), sepObj.newRef(),
                rt.newStr(v.substring(at + sep.length()))});
    }

    static PyObject stripMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, true, true);
    }

    static PyObject lstrip(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, true, false);
    }

    static PyObject rstrip(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, false, true);
    }

    static PyObject splitMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return split(i, self, a, k, false);
    }

    static PyObject rsplit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return split(i, self, a, k, true);
    }

    static PyObject splitlines(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        List<String> parts = new ArrayList<>(List.of(StrMethods.s(self).split("\r\n|\n|\r", -1)));
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return list(i, parts);
    }

    static PyObject join(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.join", a, k, 1, 1);
        List<PyObject> items = Containers.sequenceItemsFast(i, a[0]);
        StringBuilder sb = new StringBuilder();
        try {
            for (int x = 0; x < items.size(); x++) {
                if (!(items.get(x) instanceof PyStr item)) {
                    throw i.errors.typeError("sequence item " + x + ": expected str instance, "
                            + items.get(x).type().name() + " found");
                }
                if (x > 0) {
                    sb.append(StrMethods.s(self));
                }
                sb.append(item.value());
            }
            if (items.size() == 1 && items.get(0).type() == i.rt.types.str) {
                return items.get(0).newRef();
            }
            return i.rt.newStr(sb.toString());
        } finally {
            for (PyObject o : items) {
                i.rt.decref(o);
            }
        }
    }

    static PyObject partitionMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.partition", a, k, 1, 1);
        return partition(i, self, a[0], false);
    }

    static PyObject rpartition(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.rpartition", a, k, 1, 1);
        return partition(i, self, a[0], true);
    }
}
