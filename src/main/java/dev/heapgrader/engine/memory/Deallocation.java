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
        PyObject[] keys = attrs.keyArray();
        PyObject[] values = attrs.valueArray();
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SharedKeys shared = inst.type().sharedKeys();
        if (shared != null && !inst.combined()) {
            java.util.Arrays.sort(order, Comparator.comparingInt(i -> {
                int k = shared.indexOf(keys[i].toString());
                return k < 0 ? Integer.MAX_VALUE : k;
            }));
        }
        attrs.clearAll();
        for (int i : order) {
            rt.decref(keys[i]);
            rt.decref(values[i]);
        }
    }
}
