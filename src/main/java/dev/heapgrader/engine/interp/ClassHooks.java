package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyDescriptor;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyMethod;

import java.util.List;

/**
 * What Objects/typeobject.c {@code type_new} does with the class namespace around making the type: the implicit
 * static and class methods ({@code type_new_set_attrs}), then the {@code __set_name__} calls
 * ({@code type_new_set_names}) and the base's {@code __init_subclass__} with the class keywords
 * ({@code type_new_init_subclass}).
 */
final class ClassHooks {
    private ClassHooks() {
    }

    /**
     * {@code type_new_set_attrs}: a plain function {@code __new__} becomes a staticmethod, and
     * {@code __init_subclass__} and {@code __class_getitem__} become classmethods, in the type's own dict.
     */
    static void wrapImplicitMethods(Interpreter ip, PyDict dict) {
        InterpreterState rt = ip.rt;
        wrap(ip, dict, "__new__", rt.types.staticmethod, PyDescriptor.Kind.STATICMETHOD);
        for (String name : List.of("__init_subclass__", "__class_getitem__")) {
            wrap(ip, dict, name, rt.types.classmethod, PyDescriptor.Kind.CLASSMETHOD);
        }
    }

    private static void wrap(Interpreter ip, PyDict dict, String name, PyType kind, PyDescriptor.Kind descriptor) {
        PyObject fn = dict.getStr(name);
        if (fn instanceof PyFunction) {
            ip.storeIn(dict, name, ip.rt.track(new PyDescriptor(kind, descriptor, "", -1, fn.newRef())));
        }
    }

    /**
     * {@code type_new_set_names}: {@code value.__set_name__(type, name)} for each value of a copy of the class
     * dict whose type has one. An error propagates as it is (not reproduced: 3.11's RuntimeError around it and
     * 3.12's note on it).
     */
    static void setNames(Interpreter ip, PyType type) {
        InterpreterState rt = ip.rt;
        if (!anySetName(type.dict())) {
            return;
        }
        PyDict copy = ClassBuilder.copyNamespace(ip, type.dict());
        try {
            for (int i = 0; i < copy.entryCount(); i++) {
                PyObject key = copy.keyAt(i);
                if (key == null) {
                    continue;
                }
                PyObject value = copy.valueAt(i);
                PyObject setName = value.type().lookup("__set_name__");
                if (setName == null) {
                    continue;
                }
                // _PyObject_LookupSpecial binds it first: the bound method holds the value during the call
                PyObject bound = Attributes.bind(ip, setName, value, value.type());
                try {
                    rt.decref(Calls.call(ip, bound, new PyObject[] {type, key}, null));
                } finally {
                    rt.decref(bound);
                }
            }
        } finally {
            rt.decref(copy);
        }
    }

    private static boolean anySetName(PyDict dict) {
        for (int i = 0; i < dict.entryCount(); i++) {
            if (dict.keyAt(i) != null && dict.valueAt(i).type().lookup("__set_name__") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Objects/typeobject.c {@code init_subclass}: {@code super(type, type).__init_subclass__(**kwds)}, the first
     * one after the class in its MRO. object's own takes no keyword arguments.
     */
    static void initSubclass(Interpreter ip, PyType type, Metaclasses.Keywords kw) {
        List<PyType> mro = type.mroList();
        for (int i = 1; i < mro.size(); i++) {
            PyObject hook = mro.get(i).dict().getStr("__init_subclass__");
            if (hook == null) {
                continue;
            }
            PyObject fn = hook instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD ? d.ref(0) : hook;
            if (fn instanceof PyBuiltin) {
                if (kw.names() != null) {
                    throw ip.errors.typeError(type.name() + ".__init_subclass__() takes no keyword arguments");
                }
                return;
            }
            // the hook is called as the bound method super(type, type).__init_subclass__, which holds the class
            InterpreterState rt = ip.rt;
            PyObject bound = rt.track(new PyMethod(rt.types.method, fn.newRef(), type.newRef()));
            try {
                rt.decref(Calls.call(ip, bound, kw.values(), kw.names()));
            } finally {
                rt.decref(bound);
            }
            return;
        }
    }
}
