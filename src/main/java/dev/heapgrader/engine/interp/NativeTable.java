package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.types.PyBuiltin;

/**
 * Installs builtin functions into a namespace and builtin methods into a type's dict, from one explicit list
 * per module or type (SimpleLanguage's builtins-list pattern; no classpath scanning).
 */
public final class NativeTable {
    private final Interpreter ip;
    private final PyDict target;
    private final PyType owner;

    public NativeTable(Interpreter ip, PyDict target, PyType owner) {
        this.ip = ip;
        this.target = target;
        this.owner = owner;
    }

    public NativeTable def(String name, Native impl) {
        InterpreterState rt = ip.rt;
        PyBuiltin b = rt.track(new PyBuiltin(rt.types.builtinFunction, name, impl, null, owner));
        ip.storeIn(target, name, b);
        return this;
    }

    /**
     * A METH_VARARGS function: CPython packs the positional arguments into a tuple that holds them (one more
     * reference each) while the function runs.
     */
    public static Native packingArguments(Native impl) {
        return (ip, self, a, k) -> {
            PyObject tuple = Calls.argumentTuple(ip, a, k);
            try {
                return impl.call(ip, self, a, k);
            } finally {
                ip.rt.xdecref(tuple);
            }
        };
    }

    public NativeTable value(String name, PyObject owned) {
        ip.storeIn(target, name, owned);
        return this;
    }

    /** Checks a builtin's positional argument count; keyword arguments are refused unless listed. */
    public static void arity(Interpreter ip, String name, PyObject[] args, String[] kwnames, int min, int max) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int n = args.length - nkw;
        if (nkw > 0) {
            throw ip.errors.typeError(name + "() takes no keyword arguments");
        }
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw ip.errors.typeError(name + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw ip.errors.typeError(name + "() takes exactly one argument (" + n + " given)");
                }
                throw ip.errors.typeError(name + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw ip.errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw ip.errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** The value of keyword argument {@code name}, or null. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    public static int positionalCount(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    public static String str(Interpreter ip, PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (what.equals("attribute name")) {
            throw ip.errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        throw ip.errors.typeError(what + " must be str, not " + o.type().name());
    }
}
