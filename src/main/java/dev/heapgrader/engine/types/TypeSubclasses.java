package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.modules.WeakrefModule;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

/**
 * Each type's {@code tp_subclasses} (Objects/typeobject.c {@code add_subclass}, {@code remove_subclass}): when a
 * class is created, every one of its bases stores a weak reference to it, keyed by the class's address. That
 * reference is the class's basic weak reference (no callback), which {@code weakref.ref(C)} hands out again, so a
 * {@code weakref.ref} to a class has one reference more than one to an instance, and the base's dict is its
 * referrer. The dict is not visited by {@code type_traverse}: to the collector it is a root.
 */
public final class TypeSubclasses {
    private TypeSubclasses() {
    }

    /** {@code type_ready_add_subclasses}: registers {@code type} with each of its bases, in order. */
    public static void add(Interpreter ip, PyType type, PyTuple bases) {
        InterpreterState rt = ip.rt;
        for (int i = 0; i < bases.size(); i++) {
            PyType base = (PyType) bases.get(i);
            PyDict subclasses = base.subclasses();
            if (subclasses == null) {
                subclasses = rt.newDict();
                base.setSubclasses(subclasses);
            }
            PyInt key = rt.newInt(type.address());
            // PyWeakref_NewRef(type, NULL) returns the basic reference when there is one
            PyObject ref = WeakrefModule.newRef(ip, new PyObject[] {type}, null);
            rt.xdecref(subclasses.put(key, ref, rt));
            rt.noteDictStore(subclasses, key, ref);
            rt.decref(key);
            rt.decref(ref);
        }
    }

    /**
     * {@code remove_all_subclasses}, from {@code type_dealloc_common}: a dying class leaves each base's dict before
     * its remaining weak references are cleared, so the reference the bases held dies with the class.
     */
    public static void removeAll(Interpreter ip, PyType type) {
        InterpreterState rt = ip.rt;
        PyTuple bases = type.bases();
        if (bases == null) {
            return;
        }
        for (int i = 0; i < bases.size(); i++) {
            PyDict subclasses = ((PyType) bases.get(i)).subclasses();
            if (subclasses == null) {
                continue;
            }
            PyInt key = rt.newInt(type.address());
            PyObject[] pair = subclasses.remove(key, rt);
            rt.decref(key);
            if (pair != null) {
                rt.decref(pair[0]);
                rt.decref(pair[1]);
            }
            if (subclasses.size() == 0) {
                // remove_subclass: an emptied tp_subclasses is deleted to save memory
                ((PyType) bases.get(i)).setSubclasses(null);
                rt.decref(subclasses);
            }
        }
    }
}
