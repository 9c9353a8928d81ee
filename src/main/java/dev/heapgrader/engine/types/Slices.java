package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;

import java.util.List;

/**
 * Slice arithmetic (Objects/sliceobject.c {@code PySlice_Unpack} and {@code PySlice_AdjustIndices}) and list
 * slice assignment and deletion with {@code list_ass_slice}'s buffer handling: emptying a list frees its buffer,
 * shrinking goes through {@code list_resize}, removed items are released last to first.
 */
public final class Slices {
    private Slices() {
    }

    /** [start, stop, step, length] for a sequence of {@code size} items. */
    static long[] indices(Interpreter ip, PySlice s, long size) {
        InterpreterState rt = ip.rt;
        long step = s.step == rt.none ? 1 : value(ip, s.step);
        if (step == 0) {
            throw ip.errors.valueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? size - 1 : size;
        long start = s.start == rt.none ? (step < 0 ? upper : lower) : clamp(value(ip, s.start), size, lower, upper);
        long stop = s.stop == rt.none ? (step < 0 ? lower : upper) : clamp(value(ip, s.stop), size, lower, upper);
        long length;
        if (step < 0) {
            length = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            length = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, length};
    }

    private static long clamp(long v, long size, long lower, long upper) {
        if (v < 0) {
            v += size;
            return Math.max(v, lower);
        }
        return Math.min(v, upper);
    }

    private static long value(Interpreter ip, PyObject o) {
        if (o instanceof PyInt i) {
            return i.isSmall() ? i.longValue() : (i.bigValue().signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4);
        }
        throw ip.errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** New references to the selected items. */
    static PyObject[] pick(PyObject[] items, long[] r) {
        PyObject[] out = new PyObject[(int) r[3]];
        for (int k = 0; k < out.length; k++) {
            out[k] = items[(int) (r[0] + k * r[2])].newRef();
        }
        return out;
    }

    static void delete(Interpreter ip, PyList l, PySlice s) {
        long[] r = indices(ip, s, l.size());
        if (r[2] == 1) {
            replaceRange(ip, l, (int) r[0], (int) Math.max(r[0], r[1]), new PyObject[0]);
            return;
        }
        if (r[3] == 0) {
            return;
        }
        int before = l.allocated();
        PyObject[] all = l.toArray();
        boolean[] gone = new boolean[all.length];
        PyObject[] garbage = new PyObject[(int) r[3]];
        for (int k = 0; k < garbage.length; k++) {
            int idx = (int) (r[0] + k * r[2]);
            gone[idx] = true;
            garbage[k] = all[idx];
        }
        PyObject[] kept = new PyObject[all.length - garbage.length];
        int j = 0;
        for (int i = 0; i < all.length; i++) {
            if (!gone[i]) {
                kept[j++] = all[i];
            }
        }
        int oldSize = l.size();
        l.replaceItems(kept, kept.length);
        l.afterCut(oldSize);
        Containers.accountResize(ip, before, l.allocated());
        for (PyObject o : garbage) {
            ip.rt.decref(o);
        }
    }

    static void assign(Interpreter ip, PyList l, PySlice s, PyObject value) {
        long[] r = indices(ip, s, l.size());
        List<PyObject> items = Containers.sequenceItemsFast(ip, value);
        PyObject[] owned = items.toArray(new PyObject[0]);
        if (r[2] == 1) {
            replaceRange(ip, l, (int) r[0], (int) Math.max(r[0], r[1]), owned);
            return;
        }
        if (owned.length != r[3]) {
            for (PyObject o : owned) {
                ip.rt.decref(o);
            }
            throw ip.errors.valueError("attempt to assign sequence of size " + owned.length
                    + " to extended slice of size " + r[3]);
        }
        PyObject[] old = new PyObject[owned.length];
        for (int k = 0; k < owned.length; k++) {
            old[k] = l.set((int) (r[0] + k * r[2]), owned[k]);
        }
        for (PyObject o : old) {
            ip.rt.decref(o);
        }
    }

    /** {@code list_ass_slice(a, lo, hi, v)} with {@code v} already materialised as owned references. */
    public static void replaceRange(Interpreter ip, PyList l, int lo, int hi, PyObject[] owned) {
        int before = l.allocated();
        int oldSize = l.size();
        int removedCount = hi - lo;
        int d = owned.length - removedCount;
        PyObject[] recycle;
        if (oldSize + d == 0) {
            recycle = l.cutOut(lo, hi);
            l.freeBuffer();
        } else {
            PyObject[] all = l.toArray();
            recycle = java.util.Arrays.copyOfRange(all, lo, hi);
            PyObject[] next = new PyObject[oldSize + d];
            System.arraycopy(all, 0, next, 0, lo);
            System.arraycopy(owned, 0, next, lo, owned.length);
            System.arraycopy(all, hi, next, lo + owned.length, oldSize - hi);
            if (d < 0) {
                l.replaceItems(next, next.length);
                l.afterCut(oldSize);
            } else {
                l.resize(oldSize + d);
                l.replaceItems(next, next.length);
            }
        }
        Containers.accountResize(ip, before, l.allocated());
        for (int k = recycle.length - 1; k >= 0; k--) {
            ip.rt.decref(recycle[k]);
        }
    }
}
