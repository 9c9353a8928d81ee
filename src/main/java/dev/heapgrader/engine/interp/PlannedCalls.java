package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyWeakref;
import dev.heapgrader.engine.trace.TraceEvent;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.PyMethod;

/**
 * Runs a {@link CallPlan} inside the engine after the module body finished: each function is looked up in the
 * module's namespace and called through the interpreter, while the collections and the counts around the calls are
 * made natively. Nothing here resolves a name through the program's builtins or modules, so rebinding
 * {@code print}, {@code len}, {@code gc.collect} or {@code __import__} changes nothing it measures, and the results
 * go to the trace, never to stdout. Whatever the calls print is dropped, so the program's output stays its own.
 */
final class PlannedCalls {
    private PlannedCalls() {
    }

    static void run(Interpreter ip, PyDict globals, CallPlan plan) {
        if (plan.measurements().isEmpty()) {
            return;
        }
        InterpreterState rt = ip.rt;
        ip.stdout.flush();
        int stdoutLength = rt.stdout.length();
        int stderrLength = rt.stderr.length();
        try {
            for (CallPlan.MeasuredCalls m : plan.measurements()) {
                measure(ip, globals, m);
            }
        } finally {
            ip.stdout.flush();
            rt.stdout.setLength(stdoutLength);
            rt.stderr.setLength(stderrLength);
        }
    }

    private static void measure(Interpreter ip, PyDict globals, CallPlan.MeasuredCalls m) {
        InterpreterState rt = ip.rt;
        PyObject function = globals.getStr(m.function());
        if (function == null) {
            failed(ip, m, TraceEvent.HarnessCallFailed.Problem.NOT_DEFINED, null);
            return;
        }
        if (!callable(function)) {
            failed(ip, m, TraceEvent.HarnessCallFailed.Problem.NOT_CALLABLE, null);
            return;
        }
        // held for the whole measurement, as the harness's local variable would hold it
        function.incref();
        try {
            collect(ip);
            long objects = trackedObjects(rt);
            long listed = listedItems(rt, globals);
            for (int i = 0; i < m.calls(); i++) {
                try {
                    callOnce(ip, function, i);
                } catch (PyException e) {
                    failed(ip, m, TraceEvent.HarnessCallFailed.Problem.RAISED, e.value().type().name());
                    rt.decref(e.value());
                    return;
                }
            }
            collect(ip);
            ip.trace.planned(new TraceEvent.HarnessMeasurement(0, m.function(), m.calls(),
                    trackedObjects(rt) - objects, listedItems(rt, globals) - listed));
        } finally {
            rt.decref(function);
        }
    }

    /** {@code function([i])}, with a fresh list the call may keep. */
    private static void callOnce(Interpreter ip, PyObject function, int i) {
        InterpreterState rt = ip.rt;
        PyList argument = rt.track(new PyList(rt.types.list, new PyObject[] {rt.newInt(i)}));
        try {
            rt.decref(Calls.call(ip, function, new PyObject[] {argument}, null));
        } finally {
            rt.decref(argument);
        }
    }

    /** A full collection, as {@code gc.collect()} makes one: also while the program has disabled the collector. */
    private static void collect(Interpreter ip) {
        ip.gc.collect(2, true);
    }

    /**
     * Every object the collector tracks, in every generation including the permanent one, so {@code gc.freeze()}
     * cannot hide what a function keeps.
     */
    private static long trackedObjects(InterpreterState rt) {
        long n = 0;
        for (int g = 0; g <= 3; g++) {
            n += rt.heap.generation(g).size();
        }
        return n;
    }

    /** The items of the module-level values whose type is exactly {@code list}. */
    private static long listedItems(InterpreterState rt, PyDict globals) {
        long n = 0;
        for (int i = 0; i < globals.entryCount(); i++) {
            PyObject v = globals.valueAt(i);
            if (globals.keyAt(i) != null && v != null && v.type() == rt.types.list) {
                n += ((PyList) v).size();
            }
        }
        return n;
    }

    /** {@code callable()} (Objects/object.c, {@code PyCallable_Check}), without consulting the builtins module. */
    private static boolean callable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod
                || o instanceof dev.heapgrader.engine.object.PyType || o instanceof PyWeakref
                || o.type().lookup("__call__") != null;
    }

    private static void failed(Interpreter ip, CallPlan.MeasuredCalls m, TraceEvent.HarnessCallFailed.Problem problem,
                               String exceptionType) {
        ip.trace.planned(new TraceEvent.HarnessCallFailed(0, m.function(), problem, exceptionType));
    }
}
