package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyMappingProxy;
import dev.heapgrader.engine.types.PyMethod;
import dev.heapgrader.engine.types.SlotWrappers;

/** Attributes of class objects (Objects/typeobject.c {@code type_getattro}, {@code type_setattro}). */
final class TypeAttributes {
    private TypeAttributes() {
    }

    static PyObject find(Interpreter ip, PyType t, String name) {
        InterpreterState rt = ip.rt;
        switch (name) {
            case "__name__":
                // type_name: a static type's tp_name after its last dot ("weakref.ReferenceType")
                return rt.newStr(t.isHeapType() ? t.name() : t.name().substring(t.name().lastIndexOf('.') + 1));
            case "__qualname__":
                return rt.newStr(t.qualname());
            case "__module__":
                if (!t.isHeapType()) {
                    // a type a module defines keeps its module's name (type_module: tp_name before the last dot)
                    PyObject own = t.dict().getStr("__module__");
                    return own != null ? own.newRef() : rt.constantStr("builtins");
                }
                break;
            case "__mro__":
                return t.mro().newRef();
            case "__bases__":
                return t.bases() == null ? rt.emptyTuple : t.bases().newRef();
            case "__base__":
                return t.base() == null ? rt.none : t.base().newRef();
            case "__dict__":
                return rt.track(new PyMappingProxy(rt.types.mappingProxy, (dev.heapgrader.engine.object.PyDict)
                        t.dict().newRef()));
            case "__class__":
                return t.type().newRef();
            case "__annotations__": {
                // type_get_annotations: the class's own entry only; a class without one gets an empty dict, kept
                PyObject own = t.dict().getStr(name);
                if (own != null) {
                    return own.newRef();
                }
                if (!t.isHeapType()) {
                    return null;
                }
                PyObject fresh = rt.newDict();
                ip.storeIn(t.dict(), name, fresh.newRef());
                return fresh;
            }
            default:
                break;
        }
        PyObject slotWrapper = SlotWrappers.findOnType(ip, t, name);
        if (slotWrapper != null) {
            return slotWrapper;
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyDescriptor d) {
                switch (d.kind) {
                    case STATICMETHOD:
                        return d.ref(0).newRef();
                    case CLASSMETHOD:
                        return rt.track(new PyMethod(rt.types.method, d.ref(0).newRef(), t.newRef()));
                    default:
                        return d.newRef();
                }
            }
            return v.newRef();
        }
        PyObject meta = t.type().lookup(name);
        if (meta != null && meta != t) {
            return Attributes.bind(ip, meta, t, t.type());
        }
        return null;
    }

    static void set(Interpreter ip, PyType t, String name, PyObject value) {
        if (!t.isHeapType()) {
            throw ip.errors.immutableTypeAttribute(t.name(), name);
        }
        ip.storeIn(t.dict(), name, value.newRef());
    }

    static void delete(Interpreter ip, PyType t, String name) {
        InterpreterState rt = ip.rt;
        if (!t.isHeapType()) {
            throw ip.errors.immutableTypeAttribute(t.name(), name);
        }
        PyStr key = rt.newStr(name);
        PyObject[] pair = t.dict().remove(key, rt);
        rt.decref(key);
        if (pair == null) {
            throw ip.errors.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        rt.decref(pair[0]);
        rt.decref(pair[1]);
    }
}
