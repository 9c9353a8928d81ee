package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

/**
 * A function defined by {@code def} or {@code lambda}: its code, globals, defaults, keyword-only defaults and
 * closure cells, each a strong reference as in CPython's {@code PyFunctionObject}.
 */
final class PyFunction extends PyObject {
    final Code code;
    final PyDict globals;
    PyObject name;
    PyObject qualname;
    PyTuple defaults;
    PyDict kwDefaults;
    PyTuple closure;
    PyObject doc;
    PyObject module;
    PyDict dict;

    PyFunction(PyType type, Code code, PyDict globals) {
        super(type);
        this.code = code;
        this.globals = globals;
    }

    @Override
    public void traverse(Visitor visitor) {
        for (PyObject o : new PyObject[] {code, globals, name, qualname, defaults, kwDefaults, closure, doc, module,
                dict}) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        PyObject[] held = {code, globals, name, qualname, defaults, kwDefaults, closure, doc, module, dict};
        name = null;
        qualname = null;
        defaults = null;
        kwDefaults = null;
        closure = null;
        doc = null;
        module = null;
        dict = null;
        for (PyObject o : held) {
            if (o != null) {
                release.release(o);
            }
        }
    }
}
