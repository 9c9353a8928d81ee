package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyFrameObject;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.types.PyTracebackObject;
import dev.heapgrader.engine.types.PyDeque;

/**
 * How the collector breaks a cycle of garbage (Modules/gcmodule.c {@code delete_garbage}): it calls each
 * object's {@code tp_clear}, which drops the references that can form cycles; the deallocations that follow free
 * the rest.
 */
final class CycleClearing {
    private CycleClearing() {
    }

    /** The type's {@code tp_clear}: drop the references that can form cycles. */
    static void clear(Interpreter ip, PyObject o) {
        InterpreterState rt = ip.rt;
        if (o.extras() != null) {
            // subtype_clear: the instance's own dict and slots, then the builtin base's tp_clear below
            ip.deallocation.releaseExtras(o);
        }
        if (o instanceof PyInstance inst && !(o instanceof PyBaseException)) {
            PyObject[] slots = inst.slots();
            for (int i = 0; i < slots.length; i++) {
                PyObject v = slots[i];
                slots[i] = null;
                rt.xdecref(v);
            }
            PyDict attrs = inst.attrs();
            if (attrs != null) {
                if (inst.dictMaterialized()) {
                    for (PyObject v : attrs.clearAll()) {
                        rt.decref(v);
                    }
                } else {
                    for (PyObject v : attrs.clearAll()) {
                        rt.decref(v);
                    }
                }
            }
        } else if (o instanceof PyDeque d) {
            // deque_clear
            d.clear(rt, rt::decref);
        } else if (o instanceof PyFunction fn) {
            fn.clearForCollector(rt::decref);
        } else if (o instanceof PyList || o instanceof PyDict || o instanceof PySet
                || o instanceof PyCell || o instanceof PyBaseException || o instanceof PyModule
                || o instanceof PyWeakref || o instanceof PyTracebackObject || o instanceof PyFrameObject) {
            o.clearReferences(rt::decref);
        } else if (o instanceof PyType t && t.isHeapType()) {
            // type_clear: empty the dict, then drop the MRO
            for (PyObject v : t.dict().clearAll()) {
                rt.decref(v);
            }
            rt.xdecref(t.takeMro());
        }
    }
}
