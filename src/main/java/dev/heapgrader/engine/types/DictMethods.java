package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** The methods of {@code dict} (Objects/dictobject.c). */
public final class DictMethods {
    private DictMethods() {
    }

    static void install(Interpreter ip, PyType dict) {
        NativeTable n = new NativeTable(ip, dict.dict(), dict);
        n.def("get", DictMethods::get);
        n.def("keys", DictMethods::keys);
        n.def("values", DictMethods::values);
        n.def("items", DictMethods::items);
        n.def("pop", DictMethods::pop);
        n.def("popitem", DictMethods::popitem);
        n.def("setdefault", DictMethods::setdefault);
        n.def("update", DictMethods::update);
        n.def("clear", DictMethods::clear);
        n.def("copy", DictMethods::copyMethod);
    }

    static PyObject viewOf(Interpreter ip, PyDict d, DictView.Kind kind) {
        return view(ip, d, kind);
    }

    private static PyObject view(Interpreter ip, PyObject self, DictView.Kind kind) {
        BuiltinTypes t = ip.rt.types;
        PyType type = kind == DictView.Kind.KEYS ? t.dictKeys : kind == DictView.Kind.VALUES ? t.dictValues
                : t.dictItems;
        return ip.rt.track(new DictView(type, (PyDict) self.newRef(), kind));
    }

    /** {@code PyDict_Copy}: a dense table is cloned at the same size, a sparse one rebuilt to fit. */
    public static PyObject copy(Interpreter ip, PyDict src) {
        PyDict d = ip.rt.newDict();
        if (src.sharedKeys() != null) {
            // a split table's copy is another split table over the same shared keys
            d.shareKeys(src.sharedKeys());
        } else if (src.size() > 0) {
            if (src.size() >= src.nentries() * 2 / 3) {
                d.rebuildAt(src.log2Size(), src.hasUnicodeKeys());
            } else {
                d.rebuildAt(PyDict.estimateLog2KeySize(src.size()), src.hasUnicodeKeys());
            }
        }
        for (int x = 0; x < src.entryCount(); x++) {
            PyObject key = src.keyAt(x);
            if (key != null) {
                Containers.dictSet(ip, d, key, src.valueAt(x));
            }
        }
        return d;
    }

    private static PyObject get(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "get", a, k, 1, 2);
        PyObject v = ((PyDict) self).get(a[0], i.rt);
        return v != null ? v.newRef() : (a.length > 1 ? a[1].newRef() : i.rt.none);
    }

    private static PyObject keys(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return view(i, self, DictView.Kind.KEYS);
    }

    private static PyObject values(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return view(i, self, DictView.Kind.VALUES);
    }

    private static PyObject items(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return view(i, self, DictView.Kind.ITEMS);
    }

    private static PyObject pop(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "pop", a, k, 1, 2);
        PyObject[] pair = ((PyDict) self).remove(a[0], i.rt);
        if (pair == null) {
            if (a.length > 1) {
                return a[1].newRef();
            }
            throw i.errors.keyError(a[0]);
        }
        i.rt.decref(pair[0]);
        return pair[1];
    }

    private static PyObject popitem(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "popitem", a, k, 0, 0);
        PyDict d = (PyDict) self;
        if (d.size() == 0) {
            throw i.errors.make("KeyError", "popitem(): dictionary is empty");
        }
        PyObject[] keys = d.keyArray();
        PyObject[] pair = d.remove(keys[keys.length - 1], i.rt);
        return i.rt.newTuple(pair);
    }

    private static PyObject setdefault(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        NativeTable.arity(i, "setdefault", a, k, 1, 2);
        PyDict d = (PyDict) self;
        PyObject v = d.get(a[0], i.rt);
        if (v != null) {
            return v.newRef();
        }
        PyObject dflt = a.length > 1 ? a[1] : i.rt.none;
        Containers.dictSet(i, d, a[0], dflt);
        return dflt.newRef();
    }

    private static PyObject update(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyDict d = (PyDict) self;
        int npos = NativeTable.positionalCount(a, k);
        if (npos > 1) {
            throw i.errors.typeError("update expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            Containers.dictUpdate(i, d, a[0]);
        }
        if (k != null) {
            for (int x = 0; x < k.length; x++) {
                PyObject key = i.rt.newStr(k[x]);
                Containers.dictSet(i, d, key, a[npos + x]);
                i.rt.decref(key);
            }
        }
        return i.rt.none;
    }

    private static PyObject clear(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        PyDict d = (PyDict) self;
        dev.heapgrader.engine.object.SharedKeys shared = d.sharedKeys();
        boolean embedded = d.valuesEmbedded();
        PyObject[] entries = d.clearAll();
        if (shared != null && embedded && i.rt.version.splitDictClearKeepsSharedKeys()) {
            d.shareKeys(shared);
        }
        for (PyObject o : entries) {
            i.rt.decref(o);
        }
        return i.rt.none;
    }

    private static PyObject copyMethod(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        return copy(i, (PyDict) self);
    }
}
