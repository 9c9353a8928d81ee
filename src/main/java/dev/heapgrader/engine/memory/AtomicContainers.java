package dev.heapgrader.engine.memory;

import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;

import java.util.List;

/**
 * Tuples and dicts that hold only objects the collector never tracks (numbers, strings...) cannot be part of a
 * cycle, so a collection stops tracking the ones that survive it (Modules/gcmodule.c {@code untrack_tuples},
 * {@code untrack_dicts}): what {@code gc.is_tracked} then reports.
 */
final class AtomicContainers {
    private AtomicContainers() {
    }

    /** {@code untrack_tuples}: every collection untracks surviving exact tuples (not subclasses) of untrackable items. */
    static void untrackTuples(InterpreterState rt, List<PyObject> survivors) {
        for (PyObject o : survivors) {
            if (o instanceof PyTuple t && o.type() == rt.types.tuple && allAtomic(t)) {
                rt.heap.untrack(o);
            }
        }
    }

    /** {@code untrack_dicts}: full collections untrack dicts holding only atomic keys and values. */
    static void untrackDicts(InterpreterState rt, List<PyObject> survivors) {
        for (PyObject o : survivors) {
            if (o instanceof PyDict d && o.type() == rt.types.dict && allAtomic(d)) {
                rt.heap.untrack(o);
            }
        }
    }

    private static boolean allAtomic(PyTuple t) {
        for (PyObject o : t.items()) {
            if (InterpreterState.mayBeTracked(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAtomic(PyDict d) {
        for (int i = 0; i < d.entryCount(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null && (InterpreterState.mayBeTracked(k) || InterpreterState.mayBeTracked(d.valueAt(i)))) {
                return false;
            }
        }
        return true;
    }
}
