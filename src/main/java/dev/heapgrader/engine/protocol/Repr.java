package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PySingleton;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.types.BytesFormat;
import dev.heapgrader.engine.types.ComplexFormat;
import dev.heapgrader.engine.types.DictView;
import dev.heapgrader.engine.types.IntFormat;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyComplex;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyMappingProxy;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.types.PyRange;
import dev.heapgrader.engine.types.PySlice;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code repr()} and {@code str()} of every type as CPython writes them: shortest round-trip floats, quoted
 * strings with CPython's escape choices, container reprs guarded against recursion ({@code Py_ReprEnter}).
 */
public final class Repr {
    private Repr() {
    }

    public static String repr(Interpreter ip, PyObject o) {
        // a class derived from a builtin (class D(list)) gets its own __repr__ too, as through tp_repr's slot
        if (!(o instanceof PyInstance) && o.type().isHeapType() && o.type().lookup("__repr__") instanceof PyFunction) {
            return callStr(ip, o, "__repr__");
        }
        return ownRepr(ip, o);
    }

    /** The repr a builtin type itself writes ({@code object.__repr__}, {@code list.__repr__}...), no override. */
    public static String ownRepr(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        if (o instanceof PyStr s) {
            return quote(s.value());
        }
        if (o instanceof PyInt i) {
            if (o.type() == rt.types.bool) {
                return i.longValue() != 0 ? "True" : "False";
            }
            return IntFormat.decimal(ip, i);
        }
        if (o instanceof PyFloat f) {
            return floatRepr(f.value());
        }
        if (o instanceof PySingleton s) {
            return s.repr();
        }
        if (o instanceof PyInstance && !(o instanceof PyBaseException) || o instanceof PyBaseException
                && o.type().lookup("__repr__") instanceof PyFunction) {
            PyObject method = o.type().lookup("__repr__");
            if (method instanceof PyFunction) {
                return callStr(ip, o, "__repr__");
            }
        }
        Map<PyObject, Boolean> active = ip.reprActive;
        if (active.containsKey(o)) {
            if (o instanceof PyList) {
                return "[...]";
            }
            if (o instanceof PyDict) {
                return "{...}";
            }
            return "...";
        }
        active.put(o, Boolean.TRUE);
        try {
            return containerRepr(ip, o);
        } finally {
            active.remove(o);
        }
    }

    private static String containerRepr(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(ip, l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(ip, t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryCount(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(ip, k)).append(": ").append(repr(ip, d.valueAt(i)));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet s) {
            boolean frozen = o.type() == rt.types.frozenset;
            if (s.size() == 0) {
                return frozen ? "frozenset()" : "set()";
            }
            StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
            boolean first = true;
            for (PyObject item : s.items()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(ip, item));
            }
            return sb.append(frozen ? "})" : "}").toString();
        }
        if (o instanceof PyMappingProxy p) {
            return "mappingproxy(" + repr(ip, p.mapping) + ")";
        }
        if (o instanceof DictView v) {
            String name = switch (v.kind) {
                case KEYS -> "dict_keys";
                case VALUES -> "dict_values";
                case ITEMS -> "dict_items";
            };
            StringBuilder sb = new StringBuilder(name).append("([");
            boolean first = true;
            for (int i = 0; i < v.dict.entryCount(); i++) {
                PyObject k = v.dict.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                switch (v.kind) {
                    case KEYS -> sb.append(repr(ip, k));
                    case VALUES -> sb.append(repr(ip, v.dict.valueAt(i)));
                    default -> sb.append('(').append(repr(ip, k)).append(", ").append(repr(ip, v.dict.valueAt(i)))
                            .append(')');
                }
            }
            return sb.append("])").toString();
        }
        if (o instanceof PyBaseException e) {
            String name = e.type().name();
            PyTuple args = e.args();
            if (args.size() == 1) {
                return name + "(" + repr(ip, args.get(0)) + ")";
            }
            return name + repr(ip, args);
        }
        if (o instanceof PyBytes b) {
            return BytesFormat.repr(b.value());
        }
        if (o instanceof dev.heapgrader.engine.object.PyByteArray b) {
            return "bytearray(" + BytesFormat.repr(b.toBytes()) + ")";
        }
        if (o instanceof PyComplex c) {
            return ComplexFormat.repr(c);
        }
        if (o instanceof PyRange r) {
            return "range(" + r.start + ", " + r.stop + (r.step.equals(java.math.BigInteger.ONE) ? "" : ", " + r.step)
                    + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(ip, s.start) + ", " + repr(ip, s.stop) + ", " + repr(ip, s.step) + ")";
        }
        if (o instanceof PyType t) {
            return "<class '" + (t.isHeapType() ? t.module() + "." + t.qualname() : t.name()) + "'>";
        }
        if (o instanceof PyFunction f) {
            return "<function " + ((PyStr) f.qualname).value() + " at " + address(o) + ">";
        }
        if (o instanceof PyMethod m) {
            String qual = m.func instanceof PyFunction f ? ((PyStr) f.qualname).value() : "?";
            return "<bound method " + qual + " of " + repr(ip, m.self) + ">";
        }
        if (o instanceof PyBuiltin b) {
            if (b.self != null && !(b.self instanceof PyModule)) {
                return "<built-in method " + b.name + " of " + b.self.type().name() + " object at "
                        + address(b.self) + ">";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyModule m) {
            return "<module '" + m.name + "' (built-in)>";
        }
        if (o instanceof PyGenerator g) {
            return "<generator object " + g.qualname + " at " + address(o) + ">";
        }
        if (o instanceof PyWeakref w) {
            PyObject target = w.referent();
            if (target == null) {
                return "<weakref at " + address(o) + "; dead>";
            }
            return "<weakref at " + address(o) + "; to '" + target.type().name() + "' at " + address(target) + ">";
        }
        if (o instanceof PyDescriptor d && d.ref(0) instanceof PyType owner) {
            // member_repr and getset_repr (Objects/descrobject.c)
            if (d.kind == PyDescriptor.Kind.SLOT) {
                return "<member '" + d.name + "' of '" + owner.name() + "' objects>";
            }
            if (d.kind == PyDescriptor.Kind.DICT_GETSET || d.kind == PyDescriptor.Kind.WEAKREF_GETSET) {
                return "<attribute '" + d.name + "' of '" + owner.name() + "' objects>";
            }
        }
        if (o instanceof PyCell c) {
            return "<cell at " + address(o) + ": " + (c.contents == null ? "empty" : c.contents.type().name()
                    + " object at " + address(c.contents)) + ">";
        }
        PyType t = o.type();
        String name = t.isHeapType() ? t.module() + "." + t.qualname() : t.name();
        return "<" + name + " object at " + address(o) + ">";
    }

    /** How CPython names a callable in argument errors: {@code __main__.f()} or {@code len()}. */
    public static String calleeName(Interpreter ip, PyObject callable) {
        if (callable instanceof PyFunction f) {
            String module = f.module instanceof PyStr m ? m.value() + "." : "";
            return module + ((PyStr) f.qualname).value() + "()";
        }
        if (callable instanceof PyBuiltin b) {
            return b.name + "()";
        }
        return callable.type().name() + " object";
    }

    static String address(PyObject o) {
        return "0x" + Long.toHexString(o.address());
    }

    public static String str(Interpreter ip, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (!(o instanceof PyInstance) && o.type().isHeapType() && o.type().lookup("__str__") instanceof PyFunction) {
            return callStr(ip, o, "__str__");
        }
        if (o instanceof PyInstance || o instanceof PyBaseException) {
            PyObject method = o.type().lookup("__str__");
            if (method instanceof PyFunction) {
                return callStr(ip, o, "__str__");
            }
            if (o instanceof PyBaseException e) {
                PyTuple args = e.args();
                if (args.size() == 0) {
                    return "";
                }
                if (args.size() == 1) {
                    if (e.type().isSubtypeOf(ip.errors.type("KeyError"))) {
                        return repr(ip, args.get(0));
                    }
                    return str(ip, args.get(0));
                }
                return repr(ip, args);
            }
        }
        return repr(ip, o);
    }

    private static String callStr(Interpreter ip, PyObject o, String method) {
        PyObject r = Calls.callSpecial(ip, o, method);
        try {
            if (!(r instanceof PyStr s)) {
                throw ip.errors.typeError(method + " returned non-string (type " + r.type().name() + ")");
            }
            return s.value();
        } finally {
            ip.rt.decref(r);
        }
    }

    /** Objects/unicodeobject.c {@code unicode_repr}: single quotes unless the text has ' and no ". */
    static String quote(String s) {
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

    /** Python/pystrtod.c {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)}: shortest round trip. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String digits = null;
        int exponent = 0;
        for (int p = 1; p <= 17; p++) {
            String sci = String.format(java.util.Locale.ROOT, "%." + (p - 1) + "e", d);
            if (Double.parseDouble(sci) == d) {
                int e = sci.indexOf('e');
                String mantissa = sci.substring(0, e).replace("-", "").replace(".", "");
                exponent = Integer.parseInt(sci.substring(e + 1));
                digits = mantissa.replaceAll("0+$", "");
                if (digits.isEmpty()) {
                    digits = "0";
                }
                break;
            }
        }
        String sign = d < 0 ? "-" : "";
        int decpt = exponent + 1;
        if (decpt > 16 || decpt < -3) {
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = decpt - 1;
            return sign + m + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (digits.length() <= decpt) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** Objects currently being repr'd, to print "[...]" for recursive containers. */
    public static Map<PyObject, Boolean> newActiveSet() {
        return new IdentityHashMap<>();
    }
}
