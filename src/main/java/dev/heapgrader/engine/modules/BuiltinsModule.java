package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Generators;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.Metaclasses;
import dev.heapgrader.engine.interp.Native;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.interp.Output;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Formatting;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.types.BuiltinTypes;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.ListMethods;
import dev.heapgrader.engine.types.NumberArithmetic;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyIterator;
import dev.heapgrader.engine.types.PyMethod;

import java.util.List;
import java.util.Map;

/** The {@code builtins} module: its functions, types and exceptions, installed from one list. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyDict create(Interpreter ip) {
        InterpreterState rt = ip.rt;
        BuiltinTypes t = rt.types;
        PyDict d = rt.newDict();
        NativeTable n = new NativeTable(ip, d, null);
        n.value("__name__", rt.constantStr("builtins"));
        n.value("None", rt.none).value("Ellipsis", rt.ellipsis).value("NotImplemented", rt.notImplemented)
                .value("True", rt.trueObj).value("False", rt.falseObj);
        for (PyType type : List.of(t.intType, t.bool, t.floatType, t.complex, t.str, t.bytes, t.bytearray, t.tuple, t.list,
                t.dict, t.set, t.frozenset, t.type, t.object, t.range, t.slice, t.enumerate, t.zip, t.map, t.filter,
                t.reversed, t.property, t.staticmethod, t.classmethod, t.superType)) {
            n.value(type.name(), type);
        }
        for (Map.Entry<String, PyType> e : ip.errors.all().entrySet()) {
            n.value(e.getKey(), e.getValue());
        }
        // print(*args, ...) gets its positional arguments packed in a tuple (Argument Clinic varargs)
        n.def("print", NativeTable.packingArguments(BuiltinsModule::print));
        n.def("len", BuiltinsModule::len);
        n.def("repr", BuiltinsModule::repr);
        n.def("ascii", BuiltinsModule::ascii);
        n.def("id", BuiltinsModule::id);
        n.def("hash", BuiltinsModule::hash);
        n.def("abs", BuiltinsModule::abs);
        n.def("isinstance", BuiltinsModule::isinstance);
        n.def("issubclass", BuiltinsModule::issubclass);
        n.def("callable", BuiltinsModule::callable);
        n.def("getattr", NamespaceBuiltins::getattr);
        n.def("hasattr", NamespaceBuiltins::hasattr);
        n.def("setattr", NamespaceBuiltins::setattr);
        n.def("delattr", NamespaceBuiltins::delattr);
        n.def("iter", BuiltinsModule::iter);
        n.def("next", BuiltinsModule::next);
        n.def("sum", BuiltinsModule::sum);
        Native min = (i, self, a, k) -> MinMax.minmax(i, a, k, true);
        Native max = (i, self, a, k) -> MinMax.minmax(i, a, k, false);
        boolean packed = ip.rt.version.minMaxPackArguments();
        n.def("min", packed ? NativeTable.packingArguments(min) : min);
        n.def("max", packed ? NativeTable.packingArguments(max) : max);
        n.def("sorted", BuiltinsModule::sorted);
        n.def("any", BuiltinsModule::any);
        n.def("all", BuiltinsModule::all);
        n.def("chr", BuiltinsModule::chr);
        n.def("ord", BuiltinsModule::ord);
        n.def("format", BuiltinsModule::format);
        n.def("round", NumericBuiltins::round);
        n.def("divmod", BuiltinsModule::divmod);
        n.def("pow", BuiltinsModule::pow);
        n.def("hex", NumericBuiltins::hex);
        n.def("oct", NumericBuiltins::oct);
        n.def("bin", NumericBuiltins::bin);
        n.def("vars", NamespaceBuiltins::vars);
        n.def("dir", NamespaceBuiltins::dirMethod);
        n.def("globals", NamespaceBuiltins::globals);
        n.def("locals", NamespaceBuiltins::locals);
        n.def("input", BuiltinsModule::input);
        return d;
    }

    static boolean isInstance(Interpreter ip, PyObject o, PyObject cls, String what) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isInstance(ip, o, c, what)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType type)) {
            throw ip.errors.typeError(what + " must be a type, a tuple of types, or a union");
        }
        if (o.type() != type) {
            Boolean hook = Metaclasses.check(ip, type, "__instancecheck__", o);
            if (hook != null) {
                return hook;
            }
        }
        return o.type().isSubtypeOf(type);
    }

    static boolean isSubclass(Interpreter ip, PyType sub, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isSubclass(ip, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType type)) {
            throw ip.errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        Boolean hook = Metaclasses.check(ip, type, "__subclasscheck__", sub);
        if (hook != null) {
            return hook;
        }
        return sub.isSubtypeOf(type);
    }

    private static PyObject print(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        int npos = NativeTable.positionalCount(a, k);
        PyObject sep = NativeTable.keyword(a, k, "sep");
        PyObject end = NativeTable.keyword(a, k, "end");
        PyObject file = NativeTable.keyword(a, k, "file");
        PyObject flush = NativeTable.keyword(a, k, "flush");
        if (k != null) {
            for (String name : k) {
                if (!List.of("sep", "end", "file", "flush").contains(name)) {
                    throw ip.errors.typeError("'" + name + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (sep != null && sep != rt.none && !(sep instanceof PyStr)) {
            throw ip.errors.typeError("sep must be None or a string, not " + sep.type().name());
        }
        if (end != null && end != rt.none && !(end instanceof PyStr)) {
            throw ip.errors.typeError("end must be None or a string, not " + end.type().name());
        }
        Output out = Output.of(ip, file);
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                out.write(sep == null || sep == rt.none ? null : (PyStr) sep, " ");
            }
            PyObject s = a[i] instanceof PyStr && a[i].type() == rt.types.str ? a[i].newRef()
                    : rt.newStr(Repr.str(ip, a[i]));
            try {
                out.write((PyStr) s, null);
            } finally {
                rt.decref(s);
            }
        }
        out.write(end == null || end == rt.none ? null : (PyStr) end, "\n");
        if (flush != null && ObjectProtocol.truthy(ip, flush)) {
            out.flush();
        }
        return rt.none;
    }

    private static PyObject sum(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        InterpreterState rt = ip.rt;
        int npos = NativeTable.positionalCount(a, k);
        if (npos < 1 || npos > 2) {
            throw ip.errors.typeError("sum() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject start = npos == 2 ? a[1] : NativeTable.keyword(a, k, "start");
        if (start instanceof PyStr) {
            throw ip.errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject acc = start == null ? rt.newInt(0) : start.newRef();
        PyObject it = Iteration.iter(ip, a[0]);
        try {
            PyObject item;
            double compensation = 0;
            boolean floatMode = false;
            while ((item = Iteration.next(ip, it)) != null) {
                try {
                    if (rt.version.compensatedFloatSum() && item instanceof PyFloat f
                            && (acc instanceof PyFloat || acc instanceof PyInt)) {
                        // 3.12 sum() of floats: Neumaier compensated summation (Python/bltinmodule.c)
                        double x = f.value();
                        double s = acc instanceof PyFloat af ? af.value() : NumberArithmetic.toDouble(ip, acc);
                        double t = s + x;
                        if (Math.abs(s) >= Math.abs(x)) {
                            compensation += (s - t) + x;
                        } else {
                            compensation += (x - t) + s;
                        }
                        floatMode = true;
                        PyObject next = rt.newFloat(t);
                        rt.decref(acc);
                        acc = next;
                        continue;
                    }
                    if (floatMode) {
                        PyObject next = rt.newFloat(((PyFloat) acc).value() + compensation);
                        rt.decref(acc);
                        acc = next;
                        compensation = 0;
                        floatMode = false;
                    }
                    PyObject next = Arithmetic.binary(ip, dev.heapgrader.engine.syntax.ast.BinaryOperator.ADD, acc,
                            item);
                    rt.decref(acc);
                    acc = next;
                } finally {
                    rt.decref(item);
                }
            }
            if (floatMode && compensation != 0 && !Double.isInfinite(compensation)) {
                PyObject next = rt.newFloat(((PyFloat) acc).value() + compensation);
                rt.decref(acc);
                acc = next;
            }
            return acc;
        } catch (PyException e) {
            rt.decref(acc);
            throw e;
        } finally {
            rt.decref(it);
        }
    }

    private static PyObject anyAll(Interpreter ip, PyObject[] a, String[] k, boolean any) {
        NativeTable.arity(ip, any ? "any" : "all", a, k, 1, 1);
        PyObject it = Iteration.iter(ip, a[0]);
        try {
            PyObject item;
            while ((item = Iteration.next(ip, it)) != null) {
                boolean t;
                try {
                    t = ObjectProtocol.truthy(ip, item);
                } finally {
                    ip.rt.decref(item);
                }
                if (t == any) {
                    return ip.rt.bool(any);
                }
            }
            return ip.rt.bool(!any);
        } finally {
            ip.rt.decref(it);
        }
    }

    private static PyObject input(Interpreter ip, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(ip, "input", a, k, 0, 1);
        if (a.length == 1) {
            ip.stdout.writeRaw(Repr.str(ip, a[0]));
        }
        String line = ip.readLine();
        if (line == null) {
            throw ip.errors.make("EOFError", "EOF when reading a line");
        }
        return ip.rt.newStr(line);
    }

    private static PyObject len(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "len", a, k, 1, 1);
        return i.rt.newInt(ObjectProtocol.len(i, a[0]));
    }

    private static PyObject repr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "repr", a, k, 1, 1);
        return i.rt.newStr(Repr.repr(i, a[0]));
    }

    private static PyObject ascii(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "ascii", a, k, 1, 1);
        return i.rt.newStr(Formatting.ascii(Repr.repr(i, a[0])));
    }

    private static PyObject id(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "id", a, k, 1, 1);
        return i.rt.newInt(a[0].address());
    }

    private static PyObject hash(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "hash", a, k, 1, 1);
        return i.rt.newInt(ObjectProtocol.hash(i, a[0]));
    }

    private static PyObject abs(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "abs", a, k, 1, 1);
        return NumericBuiltins.abs(i, a[0]);
    }

    private static PyObject isinstance(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "isinstance", a, k, 2, 2);
        return i.rt.bool(isInstance(i, a[0], a[1], "isinstance() arg 2"));
    }

    private static PyObject issubclass(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "issubclass", a, k, 2, 2);
        if (!(a[0] instanceof PyType sub)) {
            throw i.errors.typeError("issubclass() arg 1 must be a class");
        }
        return i.rt.bool(isSubclass(i, sub, a[1]));
    }

    private static PyObject callable(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "callable", a, k, 1, 1);
        PyObject o = a[0];
        return i.rt.bool(o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod
                || o instanceof PyType || o instanceof dev.heapgrader.engine.object.PyWeakref
                || o.type().lookup("__call__") != null);
    }

    private static PyObject iter(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "iter", a, k, 1, 2);
        if (a.length == 2) {
            return i.rt.track(new PyIterator(i.rt.types.iterators.callableIterator, PyIterator.Kind.CALLABLE,
                    a[0].newRef(), new PyObject[] {a[1].newRef()}));
        }
        return Iteration.iter(i, a[0]);
    }

    private static PyObject next(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "next", a, k, 1, 2);
        if (!(a[0] instanceof PyIterator || a[0] instanceof PyGenerator || a[0].type().lookup("__next__") != null)) {
            throw i.errors.typeError("'" + a[0].type().name() + "' object is not an iterator");
        }
        if (a[0] instanceof PyGenerator g) {
            if (a.length == 2) {
                PyObject v = Generators.next(i, g);
                return v != null ? v : a[1].newRef();
            }
            return Generators.send(i, g, i.rt.none);
        }
        PyObject v = Iteration.next(i, a[0]);
        if (v == null) {
            if (a.length == 2) {
                return a[1].newRef();
            }
            throw i.errors.stopIteration(null);
        }
        return v;
    }

    private static PyObject sorted(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        if (NativeTable.positionalCount(a, k) != 1) {
            throw i.errors.typeError("sorted expected 1 argument, got " + NativeTable.positionalCount(a, k));
        }
        PyList l = i.rt.track(new PyList(i.rt.types.list));
        try {
            Containers.listExtend(i, l, a[0]);
            ListMethods.sort(i, l, NativeTable.keyword(a, k, "key"), NativeTable.keyword(a, k, "reverse"));
        } catch (PyException e) {
            i.rt.decref(l);
            throw e;
        }
        return l;
    }

    private static PyObject any(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return anyAll(i, a, k, true);
    }

    private static PyObject all(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return anyAll(i, a, k, false);
    }

    private static PyObject chr(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "chr", a, k, 1, 1);
        long cp = ObjectProtocol.index(i, a[0], "'%T' object cannot be interpreted as an integer");
        if (cp < 0 || cp > 0x10ffff) {
            throw i.errors.valueError("chr() arg not in range(0x110000)");
        }
        return i.rt.newStr(new String(Character.toChars((int) cp)));
    }

    private static PyObject ord(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "ord", a, k, 1, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw i.errors.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
        }
        if (s.length() != 1) {
            throw i.errors.typeError("ord() expected a character, but string of length " + s.length()
                    + " found");
        }
        return i.rt.newInt(s.value().codePointAt(0));
    }

    private static PyObject format(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "format", a, k, 1, 2);
        return i.rt.newStr(Formatting.format(i, a[0], a.length > 1 ? NativeTable.str(i, a[1], "format spec")
                : ""));
    }

    private static PyObject divmod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "divmod", a, k, 2, 2);
        return NumericBuiltins.divmod(i, a[0], a[1]);
    }

    private static PyObject pow(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "pow", a, k, 2, 3);
        if (a.length == 3 && a[2] != i.rt.none) {
            return NumericBuiltins.modPow(i, a[0], a[1], a[2]);
        }
        return Arithmetic.binary(i, dev.heapgrader.engine.syntax.ast.BinaryOperator.POW, a[0], a[1]);
    }

}
