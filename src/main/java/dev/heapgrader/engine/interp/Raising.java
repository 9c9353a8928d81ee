package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Attributes;
import dev.heapgrader.engine.protocol.Repr;

/** {@code raise}, {@code except} matching and the context-manager protocol of {@code with}. */
final class Raising {
    private Raising() {
    }

    static void raise(Interpreter ip, Frame f, int kind) {
        InterpreterState rt = ip.rt;
        if (kind == 0) {
            if (ip.handled == null) {
                throw ip.errors.runtimeError("No active exception to reraise");
            }
            // do_raise with no argument goes to exception_unwind: the traceback keeps its entries as they were
            PyException again = new PyException(ip.handled.newRef());
            again.markRecorded(f);
            again.markContextChecked();
            throw again;
        }
        PyObject cause = kind == 2 ? f.pop() : null;
        PyObject exc = f.pop();
        PyObject instance;
        try {
            instance = instantiate(ip, exc);
        } finally {
            rt.decref(exc);
        }
        if (cause != null) {
            PyBaseException be = (PyBaseException) instance;
            if (cause == rt.none) {
                rt.decref(cause);
                rt.xdecref(be.setCause(null));
            } else {
                PyObject causeInstance;
                try {
                    causeInstance = instantiateCause(ip, cause);
                } finally {
                    rt.decref(cause);
                }
                rt.xdecref(be.setCause(causeInstance));
            }
        }
        throw new PyException(instance);
    }

    private static PyObject instantiateCause(Interpreter ip, PyObject cause) {
        if (cause instanceof PyType t && t.isSubtypeOf(ip.errors.baseException())) {
            return Calls.call(ip, t, new PyObject[0], null);
        }
        if (cause instanceof PyBaseException) {
            return cause.newRef();
        }
        throw ip.errors.typeError("exception causes must derive from BaseException");
    }

    /** An exception instance from a class or an instance (new reference). */
    static PyObject instantiate(Interpreter ip, PyObject exc) {
        if (exc instanceof PyType t && t.isSubtypeOf(ip.errors.baseException())) {
            PyObject instance = Calls.call(ip, t, new PyObject[0], null);
            if (!(instance instanceof PyBaseException)) {
                ip.rt.decref(instance);
                throw ip.errors.typeError("calling " + Repr.repr(ip, t)
                        + " should have returned an instance of BaseException, not " + instance.type().name());
            }
            return instance;
        }
        if (exc instanceof PyBaseException) {
            return exc.newRef();
        }
        throw ip.errors.typeError("exceptions must derive from BaseException");
    }

    static boolean matches(Interpreter ip, PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                if (matches(ip, exc, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(ip.errors.baseException())) {
            throw ip.errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(pt);
    }

    /** {@code BEFORE_WITH}: [ctx] -> [bound __exit__, __enter__()]. */
    static void beforeWith(Interpreter ip, Frame f) {
        InterpreterState rt = ip.rt;
        PyObject ctx = f.pop();
        try {
            PyObject enter = ctx.type().lookup("__enter__");
            PyObject exit = ctx.type().lookup("__exit__");
            if (enter == null || exit == null) {
                // Python/ceval.c: the same wording in 3.11-3.13; a lone missing __exit__ is named
                throw ip.errors.typeError("'" + ctx.type().name() + "' object does not support the context manager "
                        + "protocol" + (enter != null ? " (missed __exit__ method)" : ""));
            }
            PyObject boundExit = Attributes.bind(ip, exit, ctx, ctx.type());
            f.push(boundExit);
            f.push(Calls.call(ip, enter, new PyObject[] {ctx}, null));
        } finally {
            rt.decref(ctx);
        }
    }

    /** {@code WITH_EXCEPT_START}: [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]. */
    static void withExceptStart(Interpreter ip, Frame f) {
        PyObject exc = f.peek(1);
        PyObject exit = f.peek(3);
        f.push(Calls.call(ip, exit, new PyObject[] {exc.type(), exc, ip.rt.none}, null));
    }
}
