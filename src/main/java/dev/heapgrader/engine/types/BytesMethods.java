package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.MethodArity;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The common methods of {@code bytes} (Objects/bytesobject.c), on Latin-1 views of the bytes. */
final class BytesMethods {
    private BytesMethods() {
    }

    private static String latin1(PyObject o) {
        return new String(((PyBytes) o).value(), StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String arg(Interpreter ip, PyObject o) {
        if (!(o instanceof PyBytes)) {
            throw ip.errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return latin1(o);
    }

    static void install(Interpreter ip, PyType type) {
        NativeTable n = new NativeTable(ip, type.dict(), type);
        n.def("upper", BytesMethods::upper);
        n.def("lower", BytesMethods::lower);
        n.def("decode", BytesMethods::decode);
        n.def("hex", BytesMethods::hex);
        n.def("find", BytesMethods::find);
        n.def("count", BytesMethods::count);
        n.def("startswith", BytesMethods::startswith);
        n.def("endswith", BytesMethods::endswith);
        n.def("replace", BytesMethods::replace);
        n.def("strip", BytesMethods::strip);
        n.def("split", BytesMethods::split);
        n.def("join", BytesMethods::join);
    }

    private static PyObject upper(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newBytes(bytes(latin1(self).toUpperCase(Locale.ROOT)));
    }

    private static PyObject lower(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newBytes(bytes(latin1(self).toLowerCase(Locale.ROOT)));
    }

    private static PyObject decode(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newStr(new String(((PyBytes) self).value(), StandardCharsets.UTF_8));
    }

    private static PyObject hex(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        for (byte b : ((PyBytes) self).value()) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return i.rt.newStr(sb.toString());
    }

    private static PyObject find(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "bytes", "find", a, k);
        return i.rt.newInt(latin1(self).indexOf(arg(i, a[0])));
    }

    private static PyObject count(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "bytes", "count", a, k);
        String s = latin1(self);
        String sub = arg(i, a[0]);
        int c = 0;
        for (int from = s.indexOf(sub); from >= 0 && !sub.isEmpty(); from = s.indexOf(sub, from + sub.length())) {
            c++;
        }
        return i.rt.newInt(c);
    }

    private static PyObject startswith(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "bytes", "startswith", a, k);
        return i.rt.bool(latin1(self).startsWith(arg(i, a[0])));
    }

    private static PyObject endswith(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        MethodArity.substringSearch(i, "bytes", "endswith", a, k);
        return i.rt.bool(latin1(self).endsWith(arg(i, a[0])));
    }

    private static PyObject replace(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "replace", a, k, 2, 3);
        return i.rt.newBytes(bytes(latin1(self).replace(arg(i, a[0]), arg(i, a[1]))));
    }

    private static PyObject strip(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return i.rt.newBytes(bytes(latin1(self).strip()));
    }

    private static PyObject split(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        String s = latin1(self);
        List<String> parts = new ArrayList<>();
        if (a.length == 0 || a[0] == i.rt.none) {
            for (String p : s.strip().split("\\s+")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
        } else {
            String sep = arg(i, a[0]);
            int from = 0;
            for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
                parts.add(s.substring(from, at));
                from = at + sep.length();
            }
            parts.add(s.substring(from));
        }
        PyObject[] items = new PyObject[parts.size()];
        for (int x = 0; x < items.length; x++) {
            items[x] = i.rt.newBytes(bytes(parts.get(x)));
        }
        return i.rt.track(new PyList(i.rt.types.list, items));
    }

    private static PyObject join(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "bytes.join", a, k, 1, 1);
        List<PyObject> items = Containers.sequenceItems(i, a[0]);
        StringBuilder sb = new StringBuilder();
        try {
            for (int x = 0; x < items.size(); x++) {
                if (x > 0) {
                    sb.append(latin1(self));
                }
                sb.append(arg(i, items.get(x)));
            }
        } finally {
            items.forEach(i.rt::decref);
        }
        return i.rt.newBytes(bytes(sb.toString()));
    }
}
