package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyObject;

/**
 * Code that runs while objects die: {@code __del__}, generator finalization and weakref callbacks. Their
 * exceptions never propagate; CPython reports them as "Exception ignored in: ..." with a traceback on stderr
 * ({@code PyErr_WriteUnraisable}).
 */
final class Finalizers {
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

    static void callWeakrefCallback(Interpreter ip, PyObject ref, PyObject callback) {
        try {
            ip.rt.decref(Calls.call(ip, callback, new PyObject[] {ref}, null));
        } catch (PyException e) {
            unraisable(ip, e, Repr.repr(ip, callback));
        }
    }

    /** {@code PyErr_WriteUnraisable}: the header line, then the exception as a traceback would end. */
    static void unraisable(Interpreter ip, PyException e, String where) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exception ignored in: ").append(where).append('\n');
        Tracebacks.format(ip, e.value(), sb);
        ip.rt.writeErr(sb.toString());
        ip.rt.decref(e.value());
    }
}
