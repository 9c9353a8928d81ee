package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;

import java.util.List;

/** Fills the namespaces of the builtin types with their methods, once per run, from one explicit list. */
public final class TypeMethods {
    private TypeMethods() {
    }

    public static void installAll(Interpreter ip) {
        BuiltinTypes t = ip.rt.types;
        ObjectMethods.install(ip, t.object);
        MetatypeMethods.install(ip, t.type);
        ListMethods.install(ip, t.list);
        DictMethods.install(ip, t.dict);
        StrMethods.install(ip, t.str);
        ByteArrayMethods.install(ip, t.bytearray);
        CollectionMethods.installSet(ip, t.set, true);
        CollectionMethods.installSet(ip, t.frozenset, false);
        CollectionMethods.installTuple(ip, t.tuple);
        CollectionMethods.installInt(ip, t.intType);
        GeneratorMethods.install(ip, t.generator);
        BytesMethods.install(ip, t.bytes);
        RangeMethods.install(ip, t.range);
        SubclassInstances.installInitializers(ip);
        SubclassInstances.installImmutableConstructors(ip);
        NativeTable proxy = new NativeTable(ip, t.mappingProxy.dict(), t.mappingProxy);
        proxy.def("keys", TypeMethods::keys);
        proxy.def("values", TypeMethods::values);
        proxy.def("items", TypeMethods::items);
        proxy.def("get", TypeMethods::get);
        ExceptionMethods.install(ip, ip.errors.baseException());
        NativeTable property = new NativeTable(ip, t.property.dict(), t.property);
        property.def("getter", TypeMethods::getter);
        property.def("setter", TypeMethods::setter);
        property.def("deleter", TypeMethods::deleter);
        InterpreterState rt = ip.rt;
        PyBuiltin fromkeys = rt.track(new PyBuiltin(t.builtinFunction, "fromkeys", (i, self, a, k) -> {
            NativeTable.arity(i, "fromkeys", a, k, 2, 3);
            PyDict d = i.rt.newDict();
            PyObject value = a.length > 2 ? a[2] : i.rt.none;
            // Objects/dictobject.c _PyDict_FromKeys: only a dict or set source presizes the table, to
            // estimate_log2_keysize(len) even when empty (a set source gives general entries)
            if (a[1] instanceof PyDict src) {
                d.rebuildAt(PyDict.estimateLog2KeySize(src.size()), src.usesEmptyKeys() || src.hasUnicodeKeys());
            } else if (a[1] instanceof dev.heapgrader.engine.object.PySet src) {
                d.rebuildAt(PyDict.estimateLog2KeySize(src.size()), false);
            }
            java.util.List<PyObject> keys = Containers.sequenceItems(i, a[1]);
            for (PyObject key : keys) {
                Containers.dictSet(i, d, key, value);
                i.rt.decref(key);
            }
            return d;
        }, null, null));
        ip.storeIn(t.dict.dict(), "fromkeys", rt.track(new PyDescriptor(t.classmethod,
                PyDescriptor.Kind.CLASSMETHOD, "fromkeys", -1, fromkeys)));
    }

    /** {@code property.setter(f)} and friends: a copy of the property with one accessor replaced. */
    private static PyObject withAccessor(Interpreter ip, PyDescriptor p, int index, PyObject f) {
        PyObject[] refs = new PyObject[4];
        for (int x = 0; x < 4; x++) {
            PyObject v = x == index ? f : p.ref(x);
            refs[x] = (v == null ? ip.rt.none : v).newRef();
        }
        return ip.rt.track(new PyDescriptor(p.type(), PyDescriptor.Kind.PROPERTY, p.name, -1, refs));
    }

    /** The type of {@code sys.stdout} and {@code sys.stderr}: {@code write} and {@code flush}. */
    public static PyType streamType(Interpreter ip) {
        InterpreterState rt = ip.rt;
        PyType.Layout layout = new PyType.Layout(16, 0, false, false, false, List.of(), 0);
        PyType stream = new PyType(rt.types.type, "TextIOWrapper", "_io", new PyDict(rt.types.dict), layout, false);
        stream.makeImmortal();
        stream.dict().makeImmortal();
        stream.setHierarchy(rt.emptyTuple, rt.newTuple(new PyObject[] {stream, rt.types.object}));
        rt.heap.allocate(stream, 0, false);
        NativeTable n = new NativeTable(ip, stream.dict(), stream);
        n.def("write", TypeMethods::write);
        n.def("flush", TypeMethods::flush);
        return stream;
    }

    private static PyObject keys(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return DictMethods.viewOf(i, ((PyMappingProxy) self).mapping,
                DictView.Kind.KEYS);
    }

    private static PyObject values(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return DictMethods.viewOf(i, ((PyMappingProxy) self).mapping,
                DictView.Kind.VALUES);
    }

    private static PyObject items(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return DictMethods.viewOf(i, ((PyMappingProxy) self).mapping,
                DictView.Kind.ITEMS);
    }

    private static PyObject get(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyObject v = ((PyMappingProxy) self).mapping.get(a[0], i.rt);
        return v != null ? v.newRef() : (a.length > 1 ? a[1].newRef() : i.rt.none);
    }

    private static PyObject getter(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return withAccessor(i, (PyDescriptor) self, 0, a[0]);
    }

    private static PyObject setter(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return withAccessor(i, (PyDescriptor) self, 1, a[0]);
    }

    private static PyObject deleter(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return withAccessor(i, (PyDescriptor) self, 2, a[0]);
    }

    private static PyObject write(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "write", a, k, 1, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw i.errors.typeError("write() argument must be str, not " + a[0].type().name());
        }
        if (self == i.sysStderr) {
            i.rt.writeErr(s.value());
        } else {
            i.stdout.write(s);
        }
        return i.rt.newInt(s.length());
    }

    private static PyObject flush(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        if (self == i.sysStdout) {
            i.stdout.flush();
        }
        return i.rt.none;
    }
}
