package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.MethodArity;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.StrFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The methods of {@code str} (Objects/unicodeobject.c); results that equal the input are the input itself. */
final class StrMethods {
    private StrMethods() {
    }

    private static String s(PyObject self) {
        return ((PyStr) self).value();
    }

    static void install(Interpreter ip, PyType str) {
        NativeTable n = new NativeTable(ip, str.dict(), str);
        n.def("upper", StrMethods::upper);
        n.def("lower", StrMethods::lower);
        n.def("casefold", StrMethods::casefold);
        n.def("swapcase", StrMethods::swapcase);
        n.def("capitalize", StrMethods::capitalize);
        n.def("title", StrMethods::title);
        n.def("strip", StrMethods::stripMethod);
        n.def("lstrip", StrMethods::lstrip);
        n.def("rstrip", StrMethods::rstrip);
        n.def("split", StrMethods::splitMethod);
        n.def("rsplit", StrMethods::rsplit);
        n.def("splitlines", StrMethods::splitlines);
        n.def("join", StrMethods::join);
        n.def("replace", StrMethods::replace);
        n.def("find", StrMethods::findMethod);
        n.def("rfind", StrMethods::rfind);
        n.def("index", StrMethods::index);
        n.def("rindex", StrMethods::rindex);
        n.def("count", StrMethods::count);
        n.def("startswith", StrMethods::startswith);
        n.def("endswith", StrMethods::endswith);
        n.def("isdigit", StrMethods::isdigit);
        n.def("isdecimal", StrMethods::isdecimal);
        n.def("isnumeric", StrMethods::isnumeric);
        n.def("isalpha", StrMethods::isalpha);
        n.def("isalnum", StrMethods::isalnum);
        n.def("isspace", StrMethods::isspace);
        n.def("isupper", StrMethods::isupper);
        n.def("islower", StrMethods::islower);
        n.def("isidentifier", StrMethods::isidentifier);
        n.def("center", StrMethods::center);
        n.def("ljust", StrMethods::ljust);
        n.def("rjust", StrMethods::rjust);
        n.def("zfill", StrMethods::zfill);
        n.def("partition", StrMethods::partitionMethod);
        n.def("rpartition", StrMethods::rpartition);
        n.def("removeprefix", StrMethods::removeprefix);
        n.def("removesuffix", StrMethods::removesuffix);
        n.def("encode", StrMethods::encode);
        n.def("format", StrMethods::format);
    }

    private static PyObject same(Interpreter ip, PyObject self, String result) {
        return result.equals(s(self)) && self.type() == ip.rt.types.str ? self.newRef() : ip.rt.newStr(result);
    }

    private static boolean all(String v, java.util.function.IntPredicate p) {
        return !v.isEmpty() && v.codePoints().allMatch(p);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int c : v.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return any;
    }

    private static PyObject strip(Interpreter ip, PyObject self, PyObject[] a, boolean left, boolean right) {
        String v = s(self);
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
        return same(ip, self, v.substring(start, end));
    }

    private static PyObject split(Interpreter ip, PyObject self, PyObject[] a, String[] k, boolean fromRight) {
        int npos = NativeTable.positionalCount(a, k);
        PyObject sepArg = npos > 0 ? a[0] : NativeTable.keyword(a, k, "sep");
        PyObject maxArg = npos > 1 ? a[1] : NativeTable.keyword(a, k, "maxsplit");
        long max = maxArg == null ? -1 : ObjectProtocol.index(ip, maxArg, "'%T' object cannot be interpreted as an integer");
        String v = s(self);
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

    private static long find(Interpreter ip, PyObject self, PyObject[] a, boolean last) {
        String sub = NativeTable.str(ip, a[0], "must be str, not");
        String v = s(self);
        int idx = last ? v.lastIndexOf(sub) : v.indexOf(sub);
        return idx < 0 ? -1 : v.codePointCount(0, idx);
    }

    private static boolean affix(Interpreter ip, PyObject self, PyObject[] a, boolean prefix) {
        String v = s(self);
        PyObject arg = a[0];
        if (arg instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                String p = NativeTable.str(ip, o, "tuple for " + (prefix ? "startswith" : "endswith")
                        + " must only contain str, not");
                if (prefix ? v.startsWith(p) : v.endsWith(p)) {
                    return true;
                }
            }
            return false;
        }
        if (!(arg instanceof PyStr p)) {
            throw ip.errors.typeError((prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of "
                    + "str, not " + arg.type().name());
        }
        return prefix ? v.startsWith(p.value()) : v.endsWith(p.value());
    }

    private static PyObject pad(Interpreter ip, PyObject self, PyObject[] a, String[] k, String name, char align) {
        NativeTable.arity(ip, name, a, k, 1, 2);
        long width = ObjectProtocol.index(ip, a[0], "'%T' object cannot be interpreted as an integer");
        String fill = a.length > 1 ? NativeTable.str(ip, a[1], "fill character") : " ";
        if (fill.codePointCount(0, fill.length()) != 1) {
            // Objects/clinic/unicodeobject.c.h, convert_uc
            throw ip.errors.typeError("The fill character must be exactly one character long");
        }
        String v = s(self);
        int len = v.codePointCount(0, v.length());
        if (len >= width) {
            return self.newRef();
        }
        // Objects/unicodeobject.c, pad allocates the whole result at once: past the heap (or a Java array's
        // largest size) that is CPython's MemoryError (found by the generated-program long run, seed 82521)
        if (width > Integer.MAX_VALUE - 16) {
            throw ip.errors.make("MemoryError");
        }
        ip.rt.reserve(width);
        int total = (int) width - len;
        String out = switch (align) {
            case '<' -> v + fill.repeat(total);
            case '>' -> fill.repeat(total) + v;
            default -> {
                int left = total / 2 + (total & (int) width & 1);
                yield fill.repeat(left) + v + fill.repeat(total - left);
            }
        };
        return ip.rt.newStr(out);
    }

    private static PyObject partition(Interpreter ip, PyObject self, PyObject sepObj, boolean last) {
        String sep = NativeTable.str(ip, sepObj, "must be str, not");
        if (sep.isEmpty()) {
            throw ip.errors.valueError("empty separator");
        }
        String v = s(self);
        int at = last ? v.lastIndexOf(sep) : v.indexOf(sep);
        InterpreterState rt = ip.rt;
        if (at < 0) {
            return last ? rt.newTuple(new PyObject[] {rt.emptyStr, rt.emptyStr, self.newRef()})
                    : rt.newTuple(new PyObject[] {self.newRef(), rt.emptyStr, rt.emptyStr});
        }
        return rt.newTuple(new PyObject[] {rt.newStr(v.substring(0, at)), sepObj.newRef(),
                rt.newStr(v.substring(at + sep.length()))});
    }

    private static PyObject upper(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return same(i, self, s(self).toUpperCase(Locale.ROOT));
    }

    private static PyObject lower(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return same(i, self, s(self).toLowerCase(Locale.ROOT));
    }

    private static PyObject casefold(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return same(i, self, s(self).toLowerCase(Locale.ROOT));
    }

    private static PyObject swapcase(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        s(self).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c)));
        return i.rt.newStr(sb.toString());
    }

    private static PyObject capitalize(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        String v = s(self);
        return i.rt.newStr(v.isEmpty() ? v : v.substring(0, 1).toUpperCase(Locale.ROOT)
                + v.substring(1).toLowerCase(Locale.ROOT));
    }

    private static PyObject title(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int c : s(self).codePoints().toArray()) {
            sb.appendCodePoint(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            prevCased = Character.isLetter(c);
        }
        return i.rt.newStr(sb.toString());
    }

    private static PyObject stripMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, true, true);
    }

    private static PyObject lstrip(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, true, false);
    }

    private static PyObject rstrip(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return strip(i, self, a, false, true);
    }

    private static PyObject splitMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return split(i, self, a, k, false);
    }

    private static PyObject rsplit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return split(i, self, a, k, true);
    }

    private static PyObject splitlines(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        List<String> parts = new ArrayList<>(List.of(s(self).split("\r\n|\n|\r", -1)));
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return list(i, parts);
    }

    private static PyObject join(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.join", a, k, 1, 1);
        List<PyObject> items = Containers.sequenceItemsPresized(i, a[0]);
        StringBuilder sb = new StringBuilder();
        try {
            for (int x = 0; x < items.size(); x++) {
                if (!(items.get(x) instanceof PyStr item)) {
                    throw i.errors.typeError("sequence item " + x + ": expected str instance, "
                            + items.get(x).type().name() + " found");
                }
                if (x > 0) {
                    sb.append(s(self));
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

    private static PyObject replace(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "replace", a, k, 2, 3);
        String old = NativeTable.str(i, a[0], "replace() argument 1");
        String rep = NativeTable.str(i, a[1], "replace() argument 2");
        long count = a.length > 2 ? ObjectProtocol.index(i, a[2], "'%T' object cannot be interpreted as an integer") : -1;
        String v = s(self);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int done = 0;
        if (old.isEmpty()) {
            return same(i, self, count < 0 ? v.replace("", rep) : v);
        }
        while (count < 0 || done < count) {
            int at = v.indexOf(old, from);
            if (at < 0) {
                break;
            }
            sb.append(v, from, at).append(rep);
            from = at + old.length();
            done++;
        }
        sb.append(v.substring(from));
        return done == 0 ? self.newRef() : i.rt.newStr(sb.toString());
    }

    private static PyObject findMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "find", a, k);
        return i.rt.newInt(find(i, self, a, false));
    }

    private static PyObject rfind(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "rfind", a, k);
        return i.rt.newInt(find(i, self, a, true));
    }

    private static PyObject index(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "index", a, k);
        long r = find(i, self, a, false);
        if (r < 0) {
            throw i.errors.valueError("substring not found");
        }
        return i.rt.newInt(r);
    }

    private static PyObject rindex(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "rindex", a, k);
        long r = find(i, self, a, true);
        if (r < 0) {
            throw i.errors.valueError("substring not found");
        }
        return i.rt.newInt(r);
    }

    private static PyObject count(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "count", a, k);
        String sub = NativeTable.str(i, a[0], "must be str, not");
        String v = s(self);
        if (sub.isEmpty()) {
            return i.rt.newInt(v.codePointCount(0, v.length()) + 1);
        }
        int c = 0;
        int from = 0;
        while ((from = v.indexOf(sub, from)) >= 0) {
            c++;
            from += sub.length();
        }
        return i.rt.newInt(c);
    }

    private static PyObject startswith(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "startswith", a, k);
        return i.rt.bool(affix(i, self, a, true));
    }

    private static PyObject endswith(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "str", "endswith", a, k);
        return i.rt.bool(affix(i, self, a, false));
    }

    private static PyObject isdigit(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isDigit));
    }

    private static PyObject isdecimal(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isDigit));
    }

    private static PyObject isnumeric(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isDigit));
    }

    private static PyObject isalpha(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isLetter));
    }

    private static PyObject isalnum(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isLetterOrDigit));
    }

    private static PyObject isspace(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(all(s(self), Character::isWhitespace));
    }

    private static PyObject isupper(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(cased(s(self), true));
    }

    private static PyObject islower(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(cased(s(self), false));
    }

    private static PyObject isidentifier(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.bool(s(self).matches("[\\p{L}_][\\p{L}\\p{N}_]*"));
    }

    private static PyObject center(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return pad(i, self, a, k, "center", '^');
    }

    private static PyObject ljust(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return pad(i, self, a, k, "ljust", '<');
    }

    private static PyObject rjust(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return pad(i, self, a, k, "rjust", '>');
    }

    private static PyObject zfill(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.zfill", a, k, 1, 1);
        long width = ObjectProtocol.index(i, a[0], "'%T' object cannot be interpreted as an integer");
        String v = s(self);
        if (v.length() >= width) {
            return self.newRef();
        }
        String sign = v.startsWith("-") || v.startsWith("+") ? v.substring(0, 1) : "";
        return i.rt.newStr(sign + "0".repeat((int) width - v.length()) + v.substring(sign.length()));
    }

    private static PyObject partitionMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.partition", a, k, 1, 1);
        return partition(i, self, a[0], false);
    }

    private static PyObject rpartition(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.rpartition", a, k, 1, 1);
        return partition(i, self, a[0], true);
    }

    private static PyObject removeprefix(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.removeprefix", a, k, 1, 1);
        String p = NativeTable.str(i, a[0], "removeprefix() argument");
        return s(self).startsWith(p) && !p.isEmpty() ? i.rt.newStr(s(self).substring(p.length())) : self.newRef();
    }

    private static PyObject removesuffix(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "str.removesuffix", a, k, 1, 1);
        String p = NativeTable.str(i, a[0], "removesuffix() argument");
        String v = s(self);
        return v.endsWith(p) && !p.isEmpty() ? i.rt.newStr(v.substring(0, v.length() - p.length()))
                : self.newRef();
    }

    private static PyObject encode(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newBytes(s(self).getBytes(StandardCharsets.UTF_8));
    }

    private static PyObject format(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newStr(StrFormat.format(i, s(self), a, k));
    }
}
