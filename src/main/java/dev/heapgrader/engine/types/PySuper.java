package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;

/** A {@code super} object: the class to start after and the instance (or class) to bind to. */
public final class PySuper extends PyObject {
    final PyObject start;
    final PyObject obj;

    public PySuper(PyType type, PyObject start, PyObject obj) {
        super(type);
        this.start = start;
        this.obj = obj;
    }

    /** The attribute found after {@code start} in the MRO of {@code obj}'s type, bound; null when absent. */
    public PyObject find(Interpreter ip, String name) {
        // Objects/typeobject.c supercheck: a class that derives from start is searched itself (a classmethod's
        // super()); anything else, a metaclass's class included, through its type
        boolean classItself = obj instanceof PyType t && start instanceof PyType s && t.isSubtypeOf(s);
        PyType objType = classItself ? (PyType) obj : obj.type();
        boolean after = false;
        for (PyType k : objType.mroList()) {
            if (after) {
                PyObject v = k.dict().getStr(name);
                if (v != null) {
                    if (classItself) {
                        PyType t = (PyType) obj;
                        if (v instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD) {
                            return ip.rt.track(new PyMethod(ip.rt.types.method, d.ref(0).newRef(), t.newRef()));
                        }
                        return v.newRef();
                    }
                    return Attributes.bind(ip, v, obj, objType);
                }
                if (!k.isHeapType() && !(obj instanceof PyType)) {
                    // super_getattro finds a builtin base's slot wrapper in its tp_dict (super().__delitem__(k))
                    PyObject wrapper = SlotWrappers.bindOwn(ip, k, obj, name);
                    if (wrapper != null) {
                        return wrapper;
                    }
                }
            }
            if (k == start) {
                after = true;
            }
        }
        return null;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(start);
        visitor.visit(obj);
    }

    @Override
    public void clearReferences(Releaser release) {
        release.release(obj);
        release.release(start);
    }
}
