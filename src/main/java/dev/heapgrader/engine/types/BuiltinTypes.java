package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;

/**
 * The builtin type objects of one run, with the instance layouts CPython gives them ({@code tp_basicsize},
 * {@code tp_itemsize}, GC or not), the one place the size model reads them from; a layout that differs between
 * versions comes from {@code PythonVersion}. Static types are immortal as in 3.12+.
 */
public final class BuiltinTypes {
    public final PyType type;
    public final PyType object;
    public final PyType intType;
    public final PyType bool;
    public final PyType floatType;
    public final PyType complex;
    public final PyType str;
    public final PyType bytes;
    public final PyType bytearray;
    public final PyType tuple;
    public final PyType list;
    public final PyType dict;
    public final PyType set;
    public final PyType frozenset;
    public final PyType noneType;
    public final PyType ellipsis;
    public final PyType notImplemented;
    public final PyType function;
    public final PyType builtinFunction;
    public final PyType method;
    public final PyType code;
    public final PyType cell;
    public final PyType module;
    public final PyType range;
    public final PyType slice;
    public final PyType generator;
    public final PyType iterator;
    public final PyType property;
    public final PyType staticmethod;
    public final PyType classmethod;
    public final PyType getsetDescriptor;
    public final PyType memberDescriptor;
    public final PyType weakref;
    public final PyType enumerate;
    public final PyType zip;
    public final PyType map;
    public final PyType filter;
    public final PyType reversed;
    public final PyType superType;
    final PyType dictKeys;
    final PyType dictValues;
    final PyType dictItems;
    public final PyType traceback;
    public final PyType frame;
    public final PyType versionInfo;
    public final PyType mappingProxy;
    public final IteratorTypes iterators;

    public BuiltinTypes(PythonVersion version) {
        type = make(null, "type", null, version.heapTypeObjectSize(), 40, true);
        type.setType(type);
        object = make(type, "object", null, 16, 0, false);
        object.setHierarchy(tupleOf(), tupleOf(object));
        type.setHierarchy(tupleOf(object), tupleOf(type, object));
        intType = make(type, "int", object, 24, 4, false);
        bool = make(type, "bool", intType, 24, 4, false);
        floatType = make(type, "float", object, 24, 0, false);
        complex = make(type, "complex", object, 32, 0, false);
        str = make(type, "str", object, 40, 1, false);
        bytes = make(type, "bytes", object, 33, 1, false);
        bytearray = make(type, "bytearray", object, 56, 0, false);
        tuple = make(type, "tuple", object, 24, 8, true);
        list = make(type, "list", object, 40, 0, true);
        dict = make(type, "dict", object, 48, 0, true);
        set = make(type, "set", object, 200, 0, true);
        frozenset = make(type, "frozenset", object, 200, 0, true);
        noneType = make(type, "NoneType", object, 16, 0, false);
        ellipsis = make(type, "ellipsis", object, 16, 0, false);
        notImplemented = make(type, "NotImplementedType", object, 16, 0, false);
        function = make(type, "function", object, version.functionBasicSize(), 0, true);
        builtinFunction = make(type, "builtin_function_or_method", object, 56, 0, true);
        method = make(type, "method", object, 48, 0, true);
        code = make(type, "code", object, 200, 2, false);
        cell = make(type, "cell", object, 24, 0, true);
        module = make(type, "module", object, 56, 0, true);
        range = make(type, "range", object, 48, 0, false);
        slice = make(type, "slice", object, 40, 0, true);
        generator = make(type, "generator", object, 152, 8, true);
        iterator = make(type, "iterator", object, 32, 0, true);
        // propertyobject: fget, fset, fdel, doc, name and the int getter_doc (Objects/descrobject.c)
        property = make(type, "property", object, 64, 0, true);
        staticmethod = make(type, "staticmethod", object, 32, 0, true);
        classmethod = make(type, "classmethod", object, 32, 0, true);
        getsetDescriptor = make(type, "getset_descriptor", object, 40, 0, true);
        memberDescriptor = make(type, "member_descriptor", object, 40, 0, true);
        weakref = make(type, "weakref.ReferenceType", object, 64, 0, true);
        // enumobject: index, iterator, result, long index, and the cached 1 (Objects/enumobject.c)
        enumerate = make(type, "enumerate", object, 56, 0, true);
        // zipobject: tuple size, iterator tuple, result, strict (Python/bltinmodule.c)
        zip = make(type, "zip", object, 48, 0, true);
        map = make(type, "map", object, 32, 0, true);
        filter = make(type, "filter", object, 32, 0, true);
        reversed = make(type, "reversed", object, 32, 0, true);
        superType = make(type, "super", object, 40, 0, true);
        dictKeys = make(type, "dict_keys", object, 24, 0, true);
        dictValues = make(type, "dict_values", object, 24, 0, true);
        dictItems = make(type, "dict_items", object, 24, 0, true);
        // PyTracebackObject: the object head, tb_next, tb_frame and the two ints tb_lasti and tb_lineno
        traceback = make(type, "traceback", object, 16 + 8 + 8 + 4 + 4, 0, true);
        frame = make(type, "frame", object, 72, 0, true);
        versionInfo = make(type, "sys.version_info", tuple, 24, 8, true);
        mappingProxy = make(type, "mappingproxy", object, 24, 0, true);
        iterators = new IteratorTypes(this, version);
    }

    PyType make(PyType meta, String name, PyType base, long basicSize, long itemSize, boolean gc) {
        PyType.Layout layout = new PyType.Layout(basicSize, itemSize, gc, false, false, List.of(), 0);
        PyType t = new PyType(meta, name, "builtins", new PyDict(dictPlaceholder()), layout, false);
        t.makeImmortal();
        if (base != null) {
            t.setHierarchy(tupleOf(base), mroOf(t, base));
        }
        return t;
    }

    /** The dict type does not exist while the first types are made; their namespaces get it afterwards. */
    private PyType dictPlaceholder() {
        return dict;
    }

    private static PyTuple tupleOf(PyObject... items) {
        PyTuple t = new PyTuple(null, items);
        t.makeImmortal();
        return t;
    }

    private static PyTuple mroOf(PyType t, PyType base) {
        PyObject[] items = new PyObject[base.mro().size() + 1];
        items[0] = t;
        for (int i = 0; i < base.mro().size(); i++) {
            items[i + 1] = base.mro().get(i);
        }
        return tupleOf(items);
    }

    /** Gives the hierarchy tuples and namespaces made before {@code tuple}/{@code dict} existed their types. */
    public void fixUp(List<PyType> all) {
        for (PyType t : all) {
            if (t.mro() != null && t.mro().type() == null) {
                t.mro().setType(tuple);
            }
            if (t.bases() != null && t.bases().type() == null) {
                t.bases().setType(tuple);
            }
            if (t.dict().type() == null) {
                t.dict().setType(dict);
            }
            t.dict().makeImmortal();
        }
    }

    public List<PyType> all() {
        List<PyType> all = new java.util.ArrayList<>(List.of(type, object, intType, bool, floatType, complex, str,
                bytes, tuple, list, dict, set, frozenset, noneType, ellipsis, notImplemented, function,
                builtinFunction, method, code, cell, module, range, slice, generator, iterator, property,
                staticmethod, classmethod, getsetDescriptor, memberDescriptor, weakref, enumerate, zip, map, filter,
                reversed, superType, dictKeys, dictValues, dictItems, traceback, frame, versionInfo, mappingProxy));
        all.addAll(iterators.all());
        return all;
    }
}
