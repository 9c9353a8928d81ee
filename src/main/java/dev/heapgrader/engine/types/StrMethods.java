package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.MethodArity;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.StrFormat;

import java.nio.charset.StandardCharsets;

/**
 * The methods of {@code str} (Objects/unicodeobject.c), in one list: searching, replacing, padding and encoding
 * here, case and character classes in {@code StrCaseMethods}, splitting and joining in {@code StrSplitMethods}.
 * Results that equal the input are the input itself.
 */
final class StrMethods {
    private StrMethods() {
    }

    static String s(PyObject self) {
        return ((PyStr) self).value();
    }

    static void install(Interpreter ip, PyType str) {
        NativeTable n = new NativeTable(ip, str.dict(), str);
        n.def("upper", StrCaseMethods::upper);
        n.def("lower", StrCaseMethods::lower);
        n.def("casefold", StrCaseMethods::casefold);
        n.def("swapcase", StrCaseMethods::swapcase);
        n.def("capitalize", StrCaseMethods::capitalize);
        n.def("title", StrCaseMethods::title);
        n.def("strip", StrSplitMethods::stripMethod);
        n.def("lstrip", StrSplitMethods::lstrip);
        n.def("rstrip", StrSplitMethods::rstrip);
        n.def("split", StrSplitMethods::splitMethod);
        n.def("rsplit", StrSplitMethods::rsplit);
        n.def("splitlines", StrSplitMethods::splitlines);
        n.def("join", StrSplitMethods::join);
        n.def("replace", StrMethods::replace);
        n.def("find", StrMethods::findMethod);
        n.def("rfind", StrMethods::rfind);
        n.def("index", StrMethods::index);
        n.def("rindex", StrMethods::rindex);
        n.def("count", StrMethods::count);
        n.def("startswith", StrMethods::startswith);
        n.def("endswith", StrMethods::endswith);
        n.def("isdigit", StrCaseMethods::isdigit);
        n.def("isdecimal", StrCaseMethods::isdecimal);
        n.def("isnumeric", StrCaseMethods::isnumeric);
        n.def("isalpha", StrCaseMethods::isalpha);
        n.def("isalnum", StrCaseMethods::isalnum);
        n.def("isspace", StrCaseMethods::isspace);
        n.def("isupper", StrCaseMethods::isupper);
        n.def("islower", StrCaseMethods::islower);
        n.def("isidentifier", StrCaseMethods::isidentifier);
        n.def("center", StrMethods::center);
        n.def("ljust", StrMethods::ljust);
        n.def("rjust", StrMethods::rjust);
        n.def("zfill", StrMethods::zfill);
        n.def("partition", StrSplitMethods::partitionMethod);
        n.def("rpartition", StrSplitMethods::rpartition);
        n.def("removeprefix", StrMethods::removeprefix);
        n.def("removesuffix", StrMethods::removesuffix);
        n.def("encode", StrMethods::encode);
        n.def("format", StrMethods::format);
    }

    /** A result equal to an exact str input is that input itself, as CPython's methods return it. */
    static PyObject same(Interpreter ip, PyObject self, String result) {
        return result.equals(s(self)) && self.type() == ip.rt.types.str ? self.newRef() : ip.rt.newStr(result);
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
