package dev.heapgrader.engine.errors;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin exception hierarchy of one run and the one factory through which the engine raises Python errors,
 * so messages stay uniform (SimpleLanguage's error-factory pattern). Each method returns a {@link PyException}
 * for the caller to throw.
 */
public final class Errors {
    private final InterpreterState rt;
    private final Map<String, PyType> types = new LinkedHashMap<>();
    /** {@code BaseException}, which instance creation and raising test against on every call. */
    private final PyType baseException;

    public Errors(InterpreterState rt) {
        this.rt = rt;
        PyType base = define("BaseException", null);
        this.baseException = base;
        define("SystemExit", base);
        define("KeyboardInterrupt", base);
        define("GeneratorExit", base);
        PyType exc = define("Exception", base);
        PyType arith = define("ArithmeticError", exc);
        define("ZeroDivisionError", arith);
        define("OverflowError", arith);
        define("FloatingPointError", arith);
        define("AssertionError", exc);
        define("AttributeError", exc);
        define("BufferError", exc);
        define("EOFError", exc);
        PyType imp = define("ImportError", exc);
        define("ModuleNotFoundError", imp);
        PyType lookup = define("LookupError", exc);
        define("IndexError", lookup);
        define("KeyError", lookup);
        define("MemoryError", exc);
        PyType name = define("NameError", exc);
        define("UnboundLocalError", name);
        PyType os = define("OSError", exc);
        define("FileNotFoundError", os);
        define("ReferenceError", exc);
        PyType runtime = define("RuntimeError", exc);
        define("NotImplementedError", runtime);
        define("RecursionError", runtime);
        define("StopIteration", exc);
        define("StopAsyncIteration", exc);
        PyType syntax = define("SyntaxError", exc);
        PyType indent = define("IndentationError", syntax);
        define("TabError", indent);
        define("SystemError", exc);
        define("TypeError", exc);
        PyType value = define("ValueError", exc);
        PyType unicode = define("UnicodeError", value);
        define("UnicodeDecodeError", unicode);
        define("UnicodeEncodeError", unicode);
        PyType warning = define("Warning", exc);
        for (String w : List.of("DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning",
                "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
                "ResourceWarning")) {
            define(w, warning);
        }
    }

    private PyType define(String name, PyType base) {
        PyType.Layout layout = new PyType.Layout(72, 0, true, true, false, List.of(), 0);
        PyType t = new PyType(rt.types.type, name, "builtins", new PyDict(rt.types.dict), layout, false);
        t.makeImmortal();
        t.dict().makeImmortal();
        PyType parent = base == null ? rt.types.object : base;
        PyObject[] mro = new PyObject[parent.mro().size() + 1];
        mro[0] = t;
        for (int i = 0; i < parent.mro().size(); i++) {
            mro[i + 1] = parent.mro().get(i);
        }
        PyTuple bases = new PyTuple(rt.types.tuple, new PyObject[] {parent});
        PyTuple mroTuple = new PyTuple(rt.types.tuple, mro);
        bases.makeImmortal();
        mroTuple.makeImmortal();
        t.setHierarchy(bases, mroTuple);
        types.put(name, t);
        return t;
    }

    public Map<String, PyType> all() {
        return types;
    }

    public PyType baseException() {
        return baseException;
    }

    public PyType type(String name) {
        return types.get(name);
    }

    /** A new exception instance of {@code type} with the given args (borrowed). */
    public PyBaseException instance(PyType type, PyObject... args) {
        PyObject[] owned = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            owned[i] = args[i].newRef();
        }
        PyBaseException e = new PyBaseException(type, new PyDict(rt.types.dict), rt.newTuple(owned));
        rt.track(e);
        if (type.isHeapType()) {
            type.incref();
        }
        return e;
    }

    /** An exception of the named builtin type with one str argument. */
    public PyException make(String typeName, String message) {
        PyObject msg = rt.newStr(message);
        PyBaseException e = instance(types.get(typeName), msg);
        rt.decref(msg);
        return new PyException(e);
    }

    /** An exception of the named builtin type with no arguments. */
    public PyException make(String typeName) {
        return new PyException(instance(types.get(typeName)));
    }

    public PyException typeError(String message) {
        return make("TypeError", message);
    }

    public PyException valueError(String message) {
        return make("ValueError", message);
    }

    public PyException indexError(String message) {
        return make("IndexError", message);
    }

    public PyException attributeError(String message) {
        return make("AttributeError", message);
    }

    public PyException nameError(String message) {
        return make("NameError", message);
    }

    public PyException zeroDivision(String message) {
        return make("ZeroDivisionError", message);
    }

    public PyException overflow(String message) {
        return make("OverflowError", message);
    }

    public PyException runtimeError(String message) {
        return make("RuntimeError", message);
    }

    /** {@code KeyError(key)}: the key itself is the argument, so its repr is what prints. */
    public PyException keyError(PyObject key) {
        return new PyException(instance(types.get("KeyError"), key));
    }

    public PyException stopIteration(PyObject value) {
        return new PyException(value == null ? instance(types.get("StopIteration"))
                : instance(types.get("StopIteration"), value));
    }

    /** Python/ceval.c {@code UNBOUNDLOCAL_ERROR_MSG}, as worded since 3.11. */
    public PyException unboundLocal(String name) {
        return make("UnboundLocalError",
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /** Setting an attribute on a builtin type (Objects/typeobject.c {@code type_setattro}). */
    public PyException immutableTypeAttribute(String typeName, String attr) {
        return typeError("cannot set '" + attr + "' attribute of immutable type '" + typeName + "'");
    }
}
