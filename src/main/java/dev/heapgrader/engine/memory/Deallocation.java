package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.modules.WeakrefModule;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.object.SharedKeys;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.TypeSubclasses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happens when a count reaches zero (Objects/typeobject.c {@code subtype_dealloc} for instances, each
 * type's {@code tp_dealloc} otherwise): {@code __del__} once (PEP 442; the object may resurrect), then weakrefs
 * cleared newest first with their callbacks, then slots in declaration order (subclass first), then the
 * attributes in the class's shared-key order, then the reference to the class.
 */
public final class Deallocation {
    private final Interpreter ip;

    public Deallocation(Interpreter ip) {
        this.ip = ip;
    }

    public void dealloc(PyObject o) {
        InterpreterState rt = ip.rt;
        if ((o instanceof PyInt || o instanceof PyFloat) && o.extras() == null) {
            // long_dealloc, float_dealloc: an exact int or float holds no reference and no weakref list
            rt.heap.free(o, SizeModel.getsizeof(rt, o));
            return;
        }
        if (o instanceof PyInstance inst && !(o.gc() != null && o.gc().finalized)) {
            if (o.type().isHeapType() && !finalize(o)) {
                return;
            }
            WeakrefModule.clearAll(ip, inst);
        } else if (o.extras() != null) {
            // subtype_dealloc for a class derived from a builtin: __del__ first (once), as for any instance
            if (!(o.gc() != null && o.gc().finalized) && !finalize(o)) {
                return;
            }
            // then PyObject_ClearWeakRefs, before the slots and the dict are cleared
            if (WeakrefModule.weakrefable(o)) {
                WeakrefModule.clearAll(ip, o);
            }
        } else if (o instanceof PyWeakref w) {
            WeakrefModule.unlink(ip, w);
        } else if (WeakrefModule.weakrefable(o)) {
            if (o instanceof PyType t && t.isHeapType()) {
                TypeSubclasses.removeAll(ip, t);
            }
            // func_dealloc, gen_dealloc, meth_dealloc, set_dealloc, type_dealloc: weakrefs go first
            WeakrefModule.clearAll(ip, o);
        }
        if (o instanceof PyGenerator g && g.started && !g.finished()) {
            o.setRefcnt(1);
            Finalizers.closeGenerator(ip, g);
            if (!o.decrefReachesZero()) {
                return;
            }
        }
        if (o instanceof PyStr s && s.isInterned()) {
            rt.forgetInterned(s);
        }
        long size = SizeModel.getsizeof(rt, o);
        if (o instanceof PyInstance inst) {
            releaseInstance(inst);
        } else if (o.extras() != null) {
            // subtype_dealloc: the slots and the dict, then the builtin base's own dealloc, then the class
            releaseExtras(o);
            o.clearReferences(rt::decref);
            rt.decref(o.type());
        } else {
            o.clearReferences(rt::decref);
        }
        rt.heap.free(o, size);
    }

    private void releaseInstance(PyInstance inst) {
        InterpreterState rt = ip.rt;
        PyType type = inst.type();
        PyObject[] slots = inst.slots();
        // clear_slots walks the MRO from the most derived class, each in declaration order
        for (PyType k : type.mroList()) {
            int offset = k.layout().slotOffset();
            for (int i = 0; i < k.layout().slotNames().size(); i++) {
                int idx = offset + i;
                if (idx < slots.length && slots[idx] != null) {
                    PyObject v = slots[idx];
                    slots[idx] = null;
                    rt.decref(v);
                }
            }
        }
        PyDict attrs = inst.attrs();
        if (attrs != null) {
            if (inst.dictMaterialized()) {
                rt.decref(attrs);
            } else {
                releaseValues(inst, attrs);
            }
        }
        if (inst instanceof PyBaseException be) {
            // BaseException_clear releases the dict before args and traceback
            be.clearReferences(rt::decref);
        }
        if (type.isHeapType()) {
            rt.decref(type);
        }
    }

    /**
     * {@code PyObject_CallFinalizerFromDealloc}: runs the class's {@code __del__}, if any, once; false when it
     * resurrected the object, which must then not be freed.
     */
    private boolean finalize(PyObject o) {
        PyObject del = o.type().lookup("__del__");
        if (del == null) {
            return true;
        }
        if (o.gc() != null) {
            o.gc().finalized = true;
        }
        o.setRefcnt(1);
        Finalizers.callDel(ip, o, del);
        return o.decrefReachesZero();
    }

    /** {@code clear_slots} and the dict of an instance of a class derived from a builtin type. */
    void releaseExtras(PyObject o) {
        PyObject[] slots = o.extras().slots();
        for (int i = 0; i < slots.length; i++) {
            PyObject v = slots[i];
            slots[i] = null;
            ip.rt.xdecref(v);
        }
        ip.rt.xdecref(o.extras().takeDict());
    }

    /** Inline values are released in shared-key order (3.11+), the order names were first set on any instance. */
    private void releaseValues(PyInstance inst, PyDict attrs) {
        InterpreterState rt = ip.rt;
        // read before the clear, which drops a split table's shared keys
        SharedKeys shared = inst.combined() ? null : inst.type().sharedKeys();
        PyObject[] entries = attrs.clearAll();
        int[] order = shared == null ? null : sharedKeyOrder(shared, entries);
        for (int n = 0; n < entries.length / 2; n++) {
            int i = order == null ? n : order[n];
            rt.decref(entries[2 * i]);
            rt.decref(entries[2 * i + 1]);
        }
    }

    /**
     * The positions of the {@code entries} (key, value, key, value...) sorted by their names' shared-key index
     * (names the keys lack last), or null when they are in that order already: nearly every instance sets its
     * attributes in its class's first order.
     */
    private static int[] sharedKeyOrder(SharedKeys shared, PyObject[] entries) {
        int[] rank = new int[entries.length / 2];
        boolean sorted = true;
        for (int i = 0; i < rank.length; i++) {
            int k = shared.indexOf(entries[2 * i].toString());
            rank[i] = k < 0 ? Integer.MAX_VALUE : k;
            sorted &= i == 0 || rank[i - 1] <= rank[i];
        }
        if (sorted) {
            return null;
        }
        Integer[] boxed = new Integer[rank.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        // a stable sort: entries the keys lack keep their dict order among themselves
        java.util.Arrays.sort(boxed, Comparator.comparingInt(i -> rank[i]));
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
