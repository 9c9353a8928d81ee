package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.errors.Tracebacks;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Generators;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.types.PyGenerator;

/**
 * Code that runs while objects die: {@code __del__}, generator finalization and weakref callbacks. Their
 * exceptions never propagate; CPython reports them as "Exception ignored in: ..." with a traceback on stderr
 * ({@code PyErr_WriteUnraisable}).
 */
public final class Finalizers {
    private Finalizers() {
    }

    static void callDel(Interpreter ip, PyObject o, PyObject del) {
        try {
            ip.rt.decref(Calls.call(ip, del, new PyObject[] {o}, null));
        } catch (PyException e) {
            unraisable(ip, e, Repr.repr(ip, del));
        }
    }

    static void closeGenerator(Interpreter ip, PyGenerator g) {
        try {
            ip.rt.decref(Generators.close(ip, g));
        } catch (PyException e) {
            unraisable(ip, e, Repr.repr(ip, g));
        }
    }

    public static void callWeakrefCallback(Interpreter ip, PyObject ref, PyObject callback) {
        try {
            ip.rt.decref(Calls.call(ip, callback, new PyObject[] {ref}, null));
        } catch (PyException e) {
            unraisable(ip, e, Repr.repr(ip, callback));
        }
    }

    /** {@code PyErr_WriteUnraisable}: the header line, then the exception as a traceback would end. */
    public static void unraisable(Interpreter ip, PyException e, String where) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exception ignored in: ").append(where).append('\n');
        Tracebacks.format(ip, e.value(), sb);
        ip.rt.writeErr(sb.toString());
        ip.rt.decref(e.value());
    }
}
