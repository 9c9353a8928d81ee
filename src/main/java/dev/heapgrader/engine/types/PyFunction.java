package dev.heapgrader.engine.types;

import dev.heapgrader.engine.compile.Code;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

/**
 * A function defined by {@code def} or {@code lambda}: its code, globals, defaults, keyword-only defaults and
 * closure cells, each a strong reference as in CPython's {@code PyFunctionObject}.
 */
public final class PyFunction extends PyObject {
    public final Code code;
    /** Null once the collector cleared the function ({@code func_clear}). */
    public PyDict globals;
    /** {@code func_builtins}: the builtins dict of the defining frame, held since 3.10. */
    public PyDict builtins;
    /** Whether dealloc released the code already (func_clear keeps it; only func_dealloc drops it). */
    private boolean codeReleased;
    public PyObject name;
    public PyObject qualname;
    public PyTuple defaults;
    public PyDict kwDefaults;
    public PyTuple closure;
    /** {@code func_annotations}: the compiler's (name, value, ...) tuple; null when nothing is annotated. */
    public PyTuple annotations;
    public PyObject doc;
    public PyObject module;
    public PyDict dict;

    public PyFunction(PyType type, Code code, PyDict globals) {
        super(type);
        this.code = code;
        this.globals = globals;
    }

    @Override
    public void traverse(Visitor visitor) {
        // func_traverse (Objects/funcobject.c) order
        for (PyObject o : new PyObject[] {code, globals, builtins, module, defaults, kwDefaults, doc, name, dict,
                closure, annotations, qualname}) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    /**
     * {@code func_dealloc}: {@code func_clear}, then the code, name and qualname, which func_clear keeps. Safe after
     * the collector already ran {@link #clearForCollector}: nothing is released twice.
     */
    @Override
    public void clearReferences(Releaser release) {
        clearForCollector(release);
        PyObject[] held = {codeReleased ? null : code, name, qualname};
        codeReleased = true;
        name = null;
        qualname = null;
        releaseAll(held, release);
    }

    /** {@code func_clear} (the collector's tp_clear): globals ... dict, closure, annotations. */
    public void clearForCollector(Releaser release) {
        PyObject[] held = {globals, builtins, module, defaults, kwDefaults, doc, dict, closure, annotations};
        globals = null;
        builtins = null;
        module = null;
        defaults = null;
        kwDefaults = null;
        doc = null;
        dict = null;
        closure = null;
        annotations = null;
        releaseAll(held, release);
    }

    private static void releaseAll(PyObject[] held, Releaser release) {
        for (PyObject o : held) {
            if (o != null) {
                release.release(o);
            }
        }
    }
}
