package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.syntax.Scope;
import dev.heapgrader.engine.types.Mro;
import dev.heapgrader.engine.types.PyCell;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.SubclassInstanceDicts;
import dev.heapgrader.engine.types.TypeSubclasses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code class} statement: runs the body in a fresh namespace, then makes the type as Objects/typeobject.c
 * {@code type_new} does: copied namespace, {@code __slots__} members, the {@code __dict__} and {@code __weakref__}
 * getset descriptors the class introduces (each holding a reference to it), the C3 MRO, and the
 * {@code __class__} cell filled in.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    static PyObject build(Interpreter ip, Frame f, int hasKw) {
        InterpreterState rt = ip.rt;
        PyObject kwargs = hasKw != 0 ? f.pop() : null;
        PyTuple bases = (PyTuple) f.pop();
        PyStr name = (PyStr) f.pop();
        PyFunction body = (PyFunction) f.pop();
        try {
            return Metaclasses.buildClass(ip, body, name, bases, (PyDict) kwargs);
        } finally {
            rt.decref(body);
            rt.decref(name);
            rt.decref(bases);
            rt.xdecref(kwargs);
        }
    }

    /** Runs a class body in {@code namespace}; returns what it returns (the {@code __class__} cell or None). */
    static PyObject runBody(Interpreter ip, PyFunction body, PyDict namespace) {
        InterpreterState rt = ip.rt;
        Frame frame = new Frame(body.code, body, body.globals, ip.builtins, namespace);
        Code code = body.code;
        for (int i = 0; i < code.cellvars.length; i++) {
            frame.fast[code.varnames.length + i] = rt.track(new PyCell(rt.types.cell, null));
        }
        if (body.closure != null) {
            int base = code.varnames.length + code.cellvars.length;
            for (int i = 0; i < code.freevars.length; i++) {
                frame.fast[base + i] = body.closure.get(i).newRef();
            }
        }
        return ip.execute(frame);
    }

    /** The class {@code type_new} makes: an instance of {@code metatype} ({@code type} or a subclass of it). */
    static PyType create(Interpreter ip, PyType metatype, String name, PyTuple basesIn, PyDict namespace) {
        InterpreterState rt = ip.rt;
        List<PyType> bases = new ArrayList<>();
        for (int i = 0; i < basesIn.size(); i++) {
            if (!(basesIn.get(i) instanceof PyType bt)) {
                throw ip.errors.typeError("bases must be types");
            }
            bases.add(bt);
        }
        if (bases.isEmpty()) {
            bases.add(rt.types.object);
        }
        for (PyType b : bases) {
            if (b == rt.types.bool || b == rt.types.function || b == rt.types.generator) {
                throw ip.errors.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
        }
        List<String> slots = null;
        PyObject slotsValue = namespace.getStr("__slots__");
        if (slotsValue != null) {
            slots = slotNames(ip, slotsValue);
        }
        boolean baseHasDict = false;
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            for (PyType k : b.mroList()) {
                // type has its own tp_dict and weakref list, so a metaclass adds neither
                baseHasDict |= k.layout().managedDict() || k == ip.errors.baseException() || k == rt.types.type;
                baseHasWeakref |= k.layout().weakrefSlot();
            }
            // BaseException has a dict slot but no weakref slot (Objects/exceptions.c): subclasses add one. So do
            // subclasses of the fixed-size builtins without one (float, str, list, dict): type_new's may_add_weak;
            // var-sized ones (int, bytes, tuple) cannot, and set and frozenset have their own
            boolean addsWeakref = b == rt.types.floatType || b == rt.types.str || b == rt.types.list
                    || b == rt.types.dict;
            if (!b.isHeapType() && b != rt.types.object && !b.isSubtypeOf(ip.errors.baseException())
                    && !addsWeakref) {
                baseHasWeakref = true;
            }
        }
        List<String> ownSlots = new ArrayList<>();
        boolean addDict;
        boolean addWeakref;
        if (slots == null) {
            addDict = !baseHasDict;
            addWeakref = !baseHasWeakref;
        } else {
            addDict = false;
            addWeakref = false;
            Set<String> seen = new LinkedHashSet<>();
            for (String s : slots) {
                if (s.equals("__dict__")) {
                    if (baseHasDict || addDict) {
                        throw ip.errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                } else if (s.equals("__weakref__")) {
                    if (baseHasWeakref || addWeakref) {
                        throw ip.errors.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    addWeakref = true;
                } else {
                    // type_new_copy_slots: private names are mangled, then the new slots are sorted
                    String slot = Scope.mangle(name, s);
                    if (!seen.add(slot)) {
                        continue;
                    }
                    if (namespace.getStr(slot) != null) {
                        throw ip.errors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                    }
                    ownSlots.add(slot);
                }
            }
            java.util.Collections.sort(ownSlots);
        }
        int slotOffset = 0;
        for (PyType b : bases) {
            slotOffset += InstanceCreation.slotCount(b);
        }
        PyType.Layout layout = new PyType.Layout(16, 0, true, addDict, addWeakref, List.copyOf(ownSlots), slotOffset);
        PyDict dict = copyNamespace(ip, namespace);
        ClassHooks.wrapImplicitMethods(ip, dict);
        PyType type = new PyType(metatype, name, moduleName(namespace), dict, layout, true);
        rt.track(type);
        if (metatype.isHeapType()) {
            // PyType_GenericAlloc: an instance of a heap type holds a reference to it
            metatype.incref();
        }
        PyObject qualname = dict.getStr("__qualname__");
        if (qualname instanceof PyStr q) {
            type.setQualname(q.value());
            removeKey(ip, dict, "__qualname__");
        }
        // type_new_get_bases: the tuple given becomes __bases__ itself; only no bases makes a new (object,)
        PyTuple basesTuple;
        if (basesIn.size() > 0 && basesIn.type() == rt.types.tuple) {
            basesTuple = (PyTuple) basesIn.newRef();
        } else {
            PyObject[] baseItems = new PyObject[bases.size()];
            for (int i = 0; i < baseItems.length; i++) {
                baseItems[i] = bases.get(i).newRef();
            }
            basesTuple = rt.newTuple(baseItems);
        }
        PyTuple mro = Mro.compute(ip, type, bases);
        type.setHierarchy(basesTuple, mro);
        TypeSubclasses.add(ip, type, basesTuple);
        if (!SubclassInstanceDicts.hasCachedKeys(rt, type)) {
            type.dropSharedKeys();
        }
        // tp_base holds one more reference, to the base best_base chose (Objects/typeobject.c, type_new)
        PyType best = SolidBase.bestBase(bases);
        type.setBestBase(best);
        best.incref();
        for (int i = 0; i < ownSlots.size(); i++) {
            type.incref();
            PyDescriptor member = rt.track(new PyDescriptor(rt.types.memberDescriptor, PyDescriptor.Kind.SLOT,
                    ownSlots.get(i), slotOffset + i, type));
            ip.storeIn(dict, ownSlots.get(i), member);
        }
        if (addDict) {
            type.incref();
            ip.storeIn(dict, "__dict__", rt.track(new PyDescriptor(rt.types.getsetDescriptor,
                    PyDescriptor.Kind.DICT_GETSET, "__dict__", -1, type)));
        }
        if (addWeakref) {
            type.incref();
            ip.storeIn(dict, "__weakref__", rt.track(new PyDescriptor(rt.types.getsetDescriptor,
                    PyDescriptor.Kind.WEAKREF_GETSET, "__weakref__", -1, type)));
        }
        // type_new adds the slot members and the __dict__/__weakref__ getsets before a missing __doc__; then
        // PyType_Ready makes a class that defines __eq__ without __hash__ unhashable
        if (dict.getStr("__doc__") == null) {
            ip.storeIn(dict, "__doc__", rt.none);
        }
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            ip.storeIn(dict, "__hash__", rt.none);
        }
        // type_new_set_classcell: the body's __class__ cell now holds the class
        if (dict.getStr("__classcell__") instanceof PyCell cell) {
            PyObject old = cell.contents;
            cell.contents = type.newRef();
            rt.xdecref(old);
        }
        removeKey(ip, dict, "__classcell__");
        ip.trace.classDefined(ip, type);
        return type;
    }

    private static String moduleName(PyDict namespace) {
        PyObject m = namespace.getStr("__module__");
        return m instanceof PyStr s ? s.value() : "__main__";
    }

    static PyDict copyNamespace(Interpreter ip, PyDict namespace) {
        InterpreterState rt = ip.rt;
        PyDict dict = rt.newDict();
        for (int i = 0; i < namespace.entryCount(); i++) {
            PyObject k = namespace.keyAt(i);
            if (k != null) {
                rt.xdecref(dict.put(k, namespace.valueAt(i), rt));
            }
        }
        return dict;
    }

    private static void removeKey(Interpreter ip, PyDict dict, String key) {
        PyStr k = ip.rt.newStr(key);
        PyObject[] pair = dict.remove(k, ip.rt);
        ip.rt.decref(k);
        if (pair != null) {
            ip.rt.decref(pair[0]);
            ip.rt.decref(pair[1]);
        }
    }

    private static List<String> slotNames(Interpreter ip, PyObject value) {
        List<String> names = new ArrayList<>();
        if (value instanceof PyStr s) {
            names.add(s.value());
            return names;
        }
        PyObject it = Iteration.iter(ip, value);
        try {
            PyObject next;
            while ((next = Iteration.next(ip, it)) != null) {
                try {
                    if (!(next instanceof PyStr s)) {
                        throw ip.errors.typeError("__slots__ items must be strings, not '" + next.type().name()
                                + "'");
                    }
                    names.add(s.value());
                } finally {
                    ip.rt.decref(next);
                }
            }
        } finally {
            ip.rt.decref(it);
        }
        return names;
    }
}
