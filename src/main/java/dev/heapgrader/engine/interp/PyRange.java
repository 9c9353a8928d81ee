package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/** A {@code range} of machine-sized integers (larger bounds are rejected with CPython's OverflowError). */
final class PyRange extends PyObject {
    final long start;
    final long stop;
    final long step;

    PyRange(PyType type, long start, long stop, long step) {
        super(type);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    long get(long i) {
        return start + i * step;
    }

    boolean contains(PyObject item) {
        if (!(item instanceof PyInt i) || !i.isSmall()) {
            return false;
        }
        long v = i.longValue();
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return false;
        }
        return (v - start) % step == 0;
    }
}
