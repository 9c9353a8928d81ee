package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.errors.Suggestions;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.ExceptionMethods;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.PyModule;
import dev.heapgrader.engine.types.PySuper;
import dev.heapgrader.engine.types.SlotWrappers;
import dev.heapgrader.engine.types.SubclassInstanceDicts;

/**
 * Attribute access (Objects/object.c {@code PyObject_GenericGetAttr} and friends): data descriptors on the type,
 * then the instance's own attributes, then other class attributes bound as methods; {@code __dict__} is
 * materialised on first request. Instance attributes of a class follow 3.11+ key sharing so dict sizes and
 * release order come out as CPython's.
 */
public final class Attributes {
    private Attributes() {
    }

    public static PyObject get(Interpreter ip, PyObject owner, String name) {
        PyObject r = find(ip, owner, name);
        if (r == null) {
            throw missing(ip, owner, name);
        }
        return r;
    }

    /** The attribute (new reference), or null when absent; other errors propagate. */
    public static PyObject find(Interpreter ip, PyObject owner, String name) {
        InterpreterState rt = ip.rt;
        if (owner instanceof PyType t) {
            return TypeAttributes.find(ip, t, name);
        }
        if (owner instanceof PyModule m) {
            PyObject v = m.dict.getStr(name);
            return v == null ? null : v.newRef();
        }
        if (owner instanceof PySuper sup) {
            PyObject v = sup.find(ip, name);
            if (v != null) {
                return v;
            }
        }
        PyObject special = SpecialAttributes.find(ip, owner, name);
        if (special != null) {
            return special;
        }
        PyObject slotWrapper = SlotWrappers.find(ip, owner, name);
        if (slotWrapper != null) {
            return slotWrapper;
        }
        PyType type = owner.type();
        PyObject descr = type.lookup(name);
        if (descr instanceof PyDescriptor d && isData(d)) {
            return bindDescriptor(ip, d, owner, type);
        }
        if (owner instanceof PyInstance inst && inst.attrs() != null) {
            PyObject v = inst.attrs().getStr(name);
            if (v != null) {
                return v.newRef();
            }
        }
        PyDict extraDict = extraDict(owner);
        if (extraDict != null) {
            PyObject v = extraDict.getStr(name);
            if (v != null) {
                return v.newRef();
            }
        }
        if (owner instanceof PyFunction fn && fn.dict != null) {
            PyObject v = fn.dict.getStr(name);
            if (v != null) {
                return v.newRef();
            }
        }
        if (descr != null) {
            return bind(ip, descr, owner, type);
        }
        if (owner instanceof PyInstance) {
            PyObject hook = type.lookup("__getattr__");
            if (hook != null) {
                PyStr n = rt.newStr(name);
                try {
                    return ip.rt.version.getattrHookCalledBound()
                            ? Calls.callSpecialBound(ip, owner, "__getattr__", n)
                            : Calls.call(ip, hook, new PyObject[] {owner, n}, null);
                } finally {
                    rt.decref(n);
                }
            }
        }
        return null;
    }

    /** The slot values of an instance, whether a plain object or one of a class derived from a builtin type. */
    static PyObject[] slotsOf(PyObject owner) {
        return owner instanceof PyInstance inst ? inst.slots() : owner.extras().slots();
    }

    /** The {@code __dict__} of an instance of a class derived from a builtin type, or null. */
    static PyDict extraDict(PyObject owner) {
        return owner.extras() == null ? null : owner.extras().dict();
    }

    static boolean isData(PyDescriptor d) {
        return d.kind == PyDescriptor.Kind.PROPERTY || d.kind == PyDescriptor.Kind.SLOT
                || d.kind == PyDescriptor.Kind.DICT_GETSET || d.kind == PyDescriptor.Kind.WEAKREF_GETSET;
    }

    /** Binds a class attribute found on the type to an instance (functions become bound methods). */
    public static PyObject bind(Interpreter ip, PyObject descr, PyObject owner, PyType type) {
        InterpreterState rt = ip.rt;
        if (descr instanceof PyFunction) {
            return rt.track(new PyMethod(rt.types.method, descr.newRef(), owner.newRef()));
        }
        if (descr instanceof PyBuiltin b && b.owner != null && b.self == null) {
            return rt.track(new PyBuiltin(rt.types.builtinFunction, b.name, b.impl, owner.newRef(), null));
        }
        if (descr instanceof PyDescriptor d) {
            return bindDescriptor(ip, d, owner, type);
        }
        return descr.newRef();
    }

    public static PyObject bindDescriptor(Interpreter ip, PyDescriptor d, PyObject owner, PyType type) {
        InterpreterState rt = ip.rt;
        switch (d.kind) {
            case STATICMETHOD:
                return d.ref(0).newRef();
            case CLASSMETHOD:
                return rt.track(new PyMethod(rt.types.method, d.ref(0).newRef(), type.newRef()));
            case PROPERTY: {
                PyObject getter = d.ref(0);
                if (getter == null || getter == rt.none) {
                    throw ip.errors.attributeError("property '" + d.name + "' of '"
                            + owner.type().name() + "' object has no getter");
                }
                return Calls.call(ip, getter, new PyObject[] {owner}, null);
            }
            case SLOT: {
                PyObject v = slotsOf(owner)[d.slotIndex];
                if (v == null) {
                    throw ip.errors.attributeError("'" + owner.type().name() + "' object has no attribute '"
                            + d.name + "'");
                }
                return v.newRef();
            }
            case DICT_GETSET:
                if (!(owner instanceof PyInstance)) {
                    PyDict made = owner.extras() == null ? null
                            : owner.extras().materializeDict(() -> SubclassInstanceDicts.make(rt, owner, true));
                    return made != null ? made.newRef() : rt.none;
                }
                return materializeDict(ip, (PyInstance) owner).newRef();
            case WEAKREF_GETSET: {
                if (!(owner instanceof PyInstance inst)) {
                    return rt.none;
                }
                if (inst.weakrefs() == null || inst.weakrefs().isEmpty()) {
                    return rt.none;
                }
                return inst.weakrefs().get(0).newRef();
            }
            default:
                return d.newRef();
        }
    }

    /** {@code obj.__dict__}: from now on the dict is an object of its own (Objects/dictobject.c). */
    static PyDict materializeDict(Interpreter ip, PyInstance inst) {
        PyDict d = inst.attrs();
        if (!inst.dictMaterialized()) {
            inst.markDictMaterialized();
            ip.rt.track(d);
            // 3.13 keeps inline values only for instances without slots (Py_TPFLAGS_INLINE_VALUES)
            boolean inline = !inst.combined() && !ip.rt.version.materializedDictOwnsValues()
                    && (inst.slots().length == 0 || ip.rt.version.inlineValuesWithSlots());
            if (inline) {
                ip.rt.heap.markInlineBacked(d);
            }
            // make_dict_from_instance_attributes: tracked when a value may be tracked (on 3.13 too, though later
            // stores go to the inline values and never track it)
            for (int i = 0; i < d.entryCount(); i++) {
                if (d.keyAt(i) != null && InterpreterState.mayBeTracked(d.valueAt(i))) {
                    ip.rt.heap.track(d);
                    break;
                }
            }
        }
        return d;
    }

    public static void set(Interpreter ip, PyObject owner, String name, PyObject value) {
        set(ip, owner, name, value, true);
    }

    /** With {@code hooks} false this is {@code object.__setattr__}: a class's own {@code __setattr__} is skipped. */
    public static void set(Interpreter ip, PyObject owner, String name, PyObject value, boolean hooks) {
        InterpreterState rt = ip.rt;
        if (owner instanceof PyType t) {
            TypeAttributes.set(ip, t, name, value);
            return;
        }
        PyType type = owner.type();
        PyObject descr = type.lookup(name);
        if (descr instanceof PyDescriptor d && isData(d)) {
            setDescriptor(ip, d, owner, name, value);
            return;
        }
        if (hooks && owner instanceof PyInstance inst && type.lookup("__setattr__") instanceof PyFunction hook) {
            PyStr n = rt.newStr(name);
            try {
                rt.decref(Calls.call(ip, hook, new PyObject[] {owner, n, value}, null));
            } finally {
                rt.decref(n);
            }
            return;
        }
        if (owner instanceof PyBaseException be && ExceptionMethods.setSpecial(ip, be, name, value)) {
            return;
        }
        if (owner instanceof PyBaseException be && !be.dictMaterialized()) {
            // BaseException's __dict__ slot: a real dict object, made by the first attribute set
            be.markDictMaterialized();
            rt.track(be.attrs());
        }
        if (owner instanceof PyInstance inst && inst.attrs() != null) {
            if (!inst.dictMaterialized() && inst.slots().length > 0 && !rt.version.inlineValuesWithSlots()) {
                // no inline values (3.13 with slots): the first store makes the dict (Objects/dictobject.c
                // ensure_managed_dict, a split dict on the class's cached keys)
                materializeDict(ip, inst);
            }
            storeAttr(ip, inst, name, value);
            return;
        }
        PyDict made = owner.extras() == null ? null
                : owner.extras().materializeDict(() -> SubclassInstanceDicts.make(rt, owner, false));
        if (made != null) {
            ip.storeIn(made, name, value.newRef());
            return;
        }
        if (owner instanceof PyFunction fn && setFunctionField(ip, fn, name, value)) {
            return;
        }
        if (owner instanceof PyFunction fn) {
            if (fn.dict == null) {
                fn.dict = rt.newDict();
            }
            ip.storeIn(fn.dict, name, value.newRef());
            return;
        }
        if (owner instanceof dev.heapgrader.engine.types.PyModule m) {
            // module_setattro: a module's attributes are its namespace (sys.stdout = buffer)
            ip.storeIn(m.dict, name, value.newRef());
            return;
        }
        if (owner instanceof PyBaseException be && ExceptionMethods.setSpecial(ip, be, name, value)) {
            return;
        }
        if (!type.isHeapType() && descr != null) {
            throw ip.errors.attributeError("'" + type.name() + "' object attribute '" + name + "' is read-only");
        }
        if (owner instanceof dev.heapgrader.engine.object.PyInt && (name.equals("real") || name.equals("imag")
                || name.equals("numerator") || name.equals("denominator"))) {
            throw ip.errors.attributeError("attribute '" + name + "' of 'int' objects is not writable");
        }
        if (rt.version.noDictAttributeHint() && owner instanceof PyInstance) {
            // 3.13 sets name and obj on this error, so the traceback suggests a close slot name
            throw Suggestions.attributeError(ip, owner, rt.version.cannotSetAttributeMessage(type.name(),
                    name), name);
        }
        throw ip.errors.attributeError(rt.version.cannotSetAttributeMessage(type.name(), name));
    }

    /**
     * Objects/funcobject.c's getsets: {@code __name__} and {@code __qualname__} (strings only), {@code __doc__} and
     * {@code __module__} are the function's own fields, which functools.wraps copies.
     */
    private static boolean setFunctionField(Interpreter ip, PyFunction fn, String name, PyObject value) {
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof PyStr)) {
                    throw ip.errors.typeError(name + " must be set to a string object");
                }
                PyObject old = name.equals("__name__") ? fn.name : fn.qualname;
                if (name.equals("__name__")) {
                    fn.name = value.newRef();
                } else {
                    fn.qualname = value.newRef();
                }
                ip.rt.xdecref(old);
                return true;
            }
            case "__doc__" -> {
                PyObject old = fn.doc;
                fn.doc = value.newRef();
                ip.rt.xdecref(old);
                return true;
            }
            case "__module__" -> {
                PyObject old = fn.module;
                fn.module = value.newRef();
                ip.rt.xdecref(old);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Stores an instance attribute, growing the class's shared keys the first time a name is seen. */
    static void storeAttr(Interpreter ip, PyInstance inst, String name, PyObject value) {
        // PyDict.put grows the shared keys or switches the dict to a combined table (Objects/dictobject.c)
        boolean wasShared = !inst.combined();
        ip.storeIn(inst.attrs(), name, value.newRef());
        if (wasShared && inst.combined()) {
            inst.markCombined();
            // the shared keys are full: the attributes move into a dict object of their own
            // (Objects/dictobject.c make_dict_from_instance_attributes), which exists and is tracked from now on
            if (inst.dictMaterialized()) {
                ip.rt.heap.unmarkInlineBacked(inst.attrs());
                ip.rt.heap.track(inst.attrs());
            } else {
                materializeDict(ip, inst);
            }
        }
        ip.trace.attributeSet(ip, inst, name);
    }

    private static void setDescriptor(Interpreter ip, PyDescriptor d, PyObject owner, String name, PyObject value) {
        InterpreterState rt = ip.rt;
        switch (d.kind) {
            case PROPERTY -> {
                PyObject setter = d.ref(1);
                if (setter == null || setter == rt.none) {
                    throw ip.errors.attributeError("property '" + name + "' of '"
                            + owner.type().name() + "' object has no setter");
                }
                rt.decref(Calls.call(ip, setter, new PyObject[] {owner, value}, null));
            }
            case SLOT -> {
                PyObject[] slots = slotsOf(owner);
                PyObject old = slots[d.slotIndex];
                slots[d.slotIndex] = value.newRef();
                ip.trace.attributeSet(ip, owner, name);
                rt.xdecref(old);
            }
            case DICT_GETSET -> {
                if (!(value instanceof PyDict nd)) {
                    throw ip.errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name()
                            + "'");
                }
                PyInstance inst = (PyInstance) owner;
                PyDict old = inst.attrs();
                boolean wasObject = inst.dictMaterialized();
                nd.incref();
                inst.replaceAttrs(nd);
                if (wasObject) {
                    // _PyObject_SetManagedDict: the old dict copies the inline values it read (3.13
                    // _PyDict_DetachFromObject)
                    rt.heap.unmarkInlineBacked(old);
                    rt.decref(old);
                } else {
                    for (PyObject o : old.clearAll()) {
                        rt.decref(o);
                    }
                }
            }
            default -> throw ip.errors.attributeError("attribute '" + name + "' of '" + owner.type().name()
                    + "' objects is not writable");
        }
    }

    public static void delete(Interpreter ip, PyObject owner, String name) {
        delete(ip, owner, name, true);
    }

    /** With {@code hooks} false this is {@code object.__delattr__}. */
    public static void delete(Interpreter ip, PyObject owner, String name, boolean hooks) {
        InterpreterState rt = ip.rt;
        if (owner instanceof PyType t) {
            TypeAttributes.delete(ip, t, name);
            return;
        }
        PyType type = owner.type();
        PyObject descr = type.lookup(name);
        if (descr instanceof PyDescriptor d && isData(d)) {
            if (d.kind == PyDescriptor.Kind.SLOT) {
                PyObject[] slots = slotsOf(owner);
                PyObject old = slots[d.slotIndex];
                if (old == null) {
                    throw ip.errors.attributeError(name);
                }
                slots[d.slotIndex] = null;
                rt.decref(old);
                return;
            }
            if (d.kind == PyDescriptor.Kind.PROPERTY && d.ref(2) != null && d.ref(2) != rt.none) {
                rt.decref(Calls.call(ip, d.ref(2), new PyObject[] {owner}, null));
                return;
            }
            throw ip.errors.attributeError("property '" + name + "' of '" + type.name()
                    + "' object has no deleter");
        }
        if (hooks && owner instanceof PyInstance && type.lookup("__delattr__") instanceof PyFunction hook) {
            PyStr n = rt.newStr(name);
            try {
                rt.decref(Calls.call(ip, hook, new PyObject[] {owner, n}, null));
            } finally {
                rt.decref(n);
            }
            return;
        }
        PyDict own = owner instanceof PyInstance inst ? inst.attrs() : extraDict(owner);
        if (own != null) {
            PyStr key = rt.newStr(name);
            PyObject[] pair = own.remove(key, rt);
            rt.decref(key);
            if (pair == null) {
                throw ip.errors.attributeError("'" + type.name() + "' object has no attribute '"
                        + name + "'");
            }
            rt.decref(pair[0]);
            rt.decref(pair[1]);
            return;
        }
        throw ip.errors.attributeError(rt.version.cannotSetAttributeMessage(type.name(), name));
    }

    /** {@code LOAD_METHOD}: [owner] -> [function, owner] when a plain method is found, else [null, attribute]. */
    public static void loadMethod(Interpreter ip, Frame f, String name) {
        PyObject owner = f.top();
        PyType type = owner.type();
        if (!(owner instanceof PyType) && !(owner instanceof PyModule) && !(owner instanceof PySuper)) {
            PyObject descr = type.lookup(name);
            boolean shadowed = owner instanceof PyInstance inst && inst.attrs() != null
                    && inst.attrs().getStr(name) != null
                    || extraDict(owner) != null && extraDict(owner).getStr(name) != null;
            if (!shadowed && (descr instanceof PyFunction
                    || descr instanceof PyBuiltin b && b.owner != null && b.self == null
                    && !(b.owner == ip.rt.types.object && SlotWrappers.reachesSlot(ip, type, name)))) {
                f.pop();
                f.push(descr.newRef());
                f.push(owner);
                return;
            }
        }
        f.pop();
        try {
            PyObject attr = get(ip, owner, name);
            f.push(null);
            f.push(attr);
        } finally {
            ip.rt.decref(owner);
        }
    }

    static PyException missing(Interpreter ip, PyObject owner, String name) {
        if (owner instanceof PyModule m) {
            return Suggestions.attributeError(ip, owner, "module '" + m.name + "' has no attribute '" + name + "'",
                    name);
        }
        if (owner instanceof PyType t) {
            return Suggestions.attributeError(ip, owner, "type object '" + t.name() + "' has no attribute '" + name
                    + "'", name);
        }
        return Suggestions.attributeError(ip, owner, "'" + owner.type().name() + "' object has no attribute '"
                + name + "'", name);
    }
}
