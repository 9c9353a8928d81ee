package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.Containers;
import dev.heapgrader.engine.types.PyMappingProxy;
import dev.heapgrader.engine.types.PyRange;
import dev.heapgrader.engine.types.PySlice;
import dev.heapgrader.engine.types.RangeSubscripts;

/**
 * {@code o[i]}, {@code o[i] = v} and {@code del o[i]} for builtin sequences and mappings, slices included, with
 * list deletions resizing the buffer as {@code list_ass_slice} does; instances dispatch to their methods.
 */
public final class Subscripts {
    private Subscripts() {
    }

    public static PyObject get(Interpreter ip, PyObject c, PyObject index) {
        InterpreterState rt = ip.rt;
        if (c instanceof dev.heapgrader.engine.types.PyDeque d) {
            return dev.heapgrader.engine.types.DequeSequence.item(ip, d, index);
        }
        if (c instanceof PyDict d && c.type() == rt.types.dict) {
            PyObject v = d.get(index, rt);
            if (v == null) {
                throw ip.errors.keyError(index);
            }
            return v.newRef();
        }
        if (c instanceof PyList l) {
            if (index instanceof PySlice s) {
                long[] r = Slices.indices(ip, s, l.size());
                PyObject[] items = Slices.pick(l.toArray(), r);
                return rt.track(new PyList(rt.types.list, items));
            }
            int i = normalize(ip, index, l.size(), "list");
            return l.get(i).newRef();
        }
        if (c instanceof PyTuple t) {
            if (index instanceof PySlice s) {
                long[] r = Slices.indices(ip, s, t.size());
                if (r[0] == 0 && r[2] == 1 && r[3] == t.size()) {
                    return t.newRef();
                }
                return rt.newTuple(Slices.pick(t.items(), r));
            }
            int i = normalize(ip, index, t.size(), "tuple");
            return t.get(i).newRef();
        }
        if (c instanceof PyStr s) {
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
                return rt.newStr(sb.toString());
            }
            int i = normalize(ip, index, cps.length, "string");
            return rt.newStr(new String(Character.toChars(cps[i])));
        }
        if (c instanceof PyBytes b) {
            if (index instanceof PySlice sl) {
                long[] r = Slices.indices(ip, sl, b.value().length);
                byte[] out = new byte[(int) r[3]];
                for (int k = 0; k < r[3]; k++) {
                    out[k] = b.value()[(int) (r[0] + k * r[2])];
                }
                return rt.newBytes(out);
            }
            int i = normalize(ip, index, b.value().length, "index");
            return rt.newInt(b.value()[i] & 0xff);
        }
        if (c instanceof PyRange r) {
            return RangeSubscripts.get(ip, r, index);
        }
        if (c instanceof PyType t) {
            PyObject cls = t.lookup("__class_getitem__");
            if (cls == null && !t.isHeapType()) {
                return t.newRef();
            }
            // type_getitem: a class's __class_getitem__ (an implicit classmethod) answers cls[key]
            PyObject fn = cls instanceof dev.heapgrader.engine.types.PyDescriptor d
                    && d.kind == dev.heapgrader.engine.types.PyDescriptor.Kind.CLASSMETHOD ? d.ref(0) : cls;
            if (fn instanceof dev.heapgrader.engine.types.PyFunction) {
                return Calls.call(ip, fn, new PyObject[] {t, index}, null);
            }
        }
        if (c instanceof PyMappingProxy p) {
            PyObject v = p.mapping.get(index, rt);
            if (v == null) {
                throw ip.errors.keyError(index);
            }
            return v.newRef();
        }
        PyObject r = Calls.callSpecial(ip, c, "__getitem__", index);
        if (r != null) {
            return r;
        }
        if (c instanceof PyDict d) {
            PyObject v = d.get(index, rt);
            if (v != null) {
                return v.newRef();
            }
            PyObject missing = Calls.callSpecial(ip, c, "__missing__", index);
            if (missing != null) {
                return missing;
            }
            throw ip.errors.keyError(index);
        }
        throw ip.errors.typeError("'" + c.type().name() + "' object is not subscriptable");
    }

    static int normalize(Interpreter ip, PyObject index, long size, String what) {
        if (!(index instanceof PyInt) && !(index instanceof PyInstance && index.type().lookup("__index__") != null)) {
            if (what.equals("string")) {
                // unicode_subscript words it differently from the other sequences
                throw ip.errors.typeError("string indices must be integers, not '" + index.type().name() + "'");
            }
            String kind = what.equals("index") ? "byte" : what;
            throw ip.errors.typeError(kind + " indices must be integers or slices, not " + index.type().name());
        }
        // PyNumber_AsSsize_t: an instance stands for its __index__
        PyInt i = ObjectProtocol.indexInt(ip, index, "");
        long v = i.isSmall() ? i.longValue() : Long.MAX_VALUE;
        ip.rt.decref(i);
        if (v < 0) {
            v += size;
        }
        if (v < 0 || v >= size) {
            throw ip.errors.indexError(what + " index out of range");
        }
        return (int) v;
    }

    public static void set(Interpreter ip, PyObject c, PyObject index, PyObject value) {
        InterpreterState rt = ip.rt;
        if (c instanceof dev.heapgrader.engine.types.PyDeque d) {
            dev.heapgrader.engine.types.DequeSequence.setItem(ip, d, index, value);
            return;
        }
        if (c instanceof PyDict d && c.type() == rt.types.dict) {
            Containers.dictSet(ip, d, index, value);
            return;
        }
        if (c instanceof PyList l && c.type() == rt.types.list) {
            if (index instanceof PySlice s) {
                Slices.assign(ip, l, s, value);
                ip.trace.containerStoresOf(ip, l, value, "slice assignment");
                return;
            }
            int i = normalize(ip, index, l.size(), "list assignment");
            ip.trace.containerStore(ip, l, value, "item assignment");
            rt.decref(l.set(i, value.newRef()));
            return;
        }
        PyObject r = Calls.callSpecial(ip, c, "__setitem__", index, value);
        if (r != null) {
            rt.decref(r);
            return;
        }
        if (c instanceof PyDict d) {
            Containers.dictSet(ip, d, index, value);
            return;
        }
        throw ip.errors.typeError("'" + c.type().name() + "' object does not support item assignment");
    }

    public static void delete(Interpreter ip, PyObject c, PyObject index) {
        InterpreterState rt = ip.rt;
        if (c instanceof dev.heapgrader.engine.types.PyDeque d) {
            dev.heapgrader.engine.types.DequeSequence.delItem(ip, d, index);
            return;
        }
        if (c.type().isHeapType() && (c instanceof PyDict || c instanceof PyList)) {
            // a class derived from dict or list (OrderedDict, Counter) uses its own __delitem__, else the base's
            PyObject r = Calls.callSpecial(ip, c, "__delitem__", index);
            if (r != null) {
                rt.decref(r);
                return;
            }
        }
        if (c instanceof PyDict d) {
            PyObject[] pair = d.remove(index, rt);
            if (pair == null) {
                throw ip.errors.keyError(index);
            }
            rt.decref(pair[0]);
            rt.decref(pair[1]);
            return;
        }
        if (c instanceof PyList l) {
            if (index instanceof PySlice s) {
                Slices.delete(ip, l, s);
                return;
            }
            int i = normalize(ip, index, l.size(), "list assignment");
            deleteItem(ip, l, i);
            return;
        }
        PyObject r = Calls.callSpecial(ip, c, "__delitem__", index);
        if (r != null) {
            rt.decref(r);
            return;
        }
        throw ip.errors.typeError("'" + c.type().name() + "' object doesn't support item deletion");
    }

    /** {@code del l[i]}: 3.11/3.12 go through list_ass_slice (shrinking), 3.13 only moves items. */
    static void deleteItem(Interpreter ip, PyList l, int i) {
        int before = l.allocated();
        int oldSize = l.size();
        PyObject[] removed = l.cutOut(i, i + 1);
        if (ip.rt.version.delItemShrinksList()) {
            if (l.size() == 0) {
                l.freeBuffer();
            } else {
                l.afterCut(oldSize);
            }
        }
        Containers.accountResize(ip, before, l.allocated());
        for (PyObject o : removed) {
            ip.rt.decref(o);
        }
    }
}
