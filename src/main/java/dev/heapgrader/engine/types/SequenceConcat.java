package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;

/**
 * {@code +} and {@code *} of lists and tuples (Objects/listobject.c {@code list_concat}, {@code list_repeat},
 * {@code list_inplace_repeat}; Objects/tupleobject.c {@code tupleconcat}, {@code tuplerepeat}): a new object of
 * exactly the result's length, or the operand itself where CPython returns it unchanged.
 */
public final class SequenceConcat {
    private SequenceConcat() {
    }

    public static void listInPlaceRepeat(Interpreter ip, PyList l, long n) {
        InterpreterState rt = ip.rt;
        int size = l.size();
        int before = l.allocated();
        if (n <= 0 || size == 0) {
            for (PyObject o : l.cutOut(0, size)) {
                rt.decref(o);
            }
            l.freeBuffer();
            Containers.accountResize(ip, before, 0);
            return;
        }
        if (n == 1) {
            return;
        }
        ip.rt.reserve(size * n > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 8 * size * (n - 1));
        PyObject[] items = l.toArray();
        l.resize((int) (size * n));
        for (long k = 1; k < n; k++) {
            for (int i = 0; i < size; i++) {
                l.set((int) (k * size + i), items[i].newRef());
            }
        }
        Containers.accountResize(ip, before, l.allocated());
    }

    public static PyObject listConcat(Interpreter ip, PyList a, PyList b) {
        PyObject[] items = new PyObject[a.size() + b.size()];
        for (int i = 0; i < a.size(); i++) {
            items[i] = a.get(i).newRef();
        }
        for (int i = 0; i < b.size(); i++) {
            items[a.size() + i] = b.get(i).newRef();
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    public static PyObject listRepeat(Interpreter ip, PyList a, long n) {
        long total = a.size() * Math.max(0, n);
        ip.rt.reserve(total > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 56 + 8 * total);
        if (total > Integer.MAX_VALUE / 2) {
            throw ip.errors.make("MemoryError");
        }
        PyObject[] items = new PyObject[(int) total];
        for (int i = 0; i < total; i++) {
            items[i] = a.get(i % a.size()).newRef();
        }
        return ip.rt.track(new PyList(ip.rt.types.list, items));
    }

    public static PyObject tupleConcat(Interpreter ip, PyTuple a, PyTuple b) {
        if (b.size() == 0) {
            return a.newRef();
        }
        if (a.size() == 0) {
            return b.newRef();
        }
        PyObject[] items = new PyObject[a.size() + b.size()];
        for (int i = 0; i < a.size(); i++) {
            items[i] = a.get(i).newRef();
        }
        for (int i = 0; i < b.size(); i++) {
            items[a.size() + i] = b.get(i).newRef();
        }
        return ip.rt.newTuple(items);
    }

    public static PyObject tupleRepeat(Interpreter ip, PyTuple a, long n) {
        if (n == 1) {
            return a.newRef();
        }
        long total = a.size() * Math.max(0, n);
        ip.rt.reserve(total > Integer.MAX_VALUE / 2 ? Long.MAX_VALUE : 40 + 8 * total);
        if (total > Integer.MAX_VALUE / 2) {
            throw ip.errors.make("MemoryError");
        }
        PyObject[] items = new PyObject[(int) total];
        for (int i = 0; i < total; i++) {
            items[i] = a.get(i % a.size()).newRef();
        }
        return ip.rt.newTuple(items);
    }

    /**
     * The count of {@code seq * n} (Objects/abstract.c {@code sequence_repeat}: {@code PyNumber_AsSsize_t} with
     * OverflowError): a negative count repeats nothing.
     */
    private static long repeatCount(Interpreter ip, PyInt n) {
        if (!n.isSmall()) {
            if (n.bigValue().signum() < 0) {
                return 0;
            }
            throw ip.errors.make("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, n.longValue());
    }

    /** A sequence type's {@code sq_concat}: {@code a + b}, both of its type (a new reference). */
    @FunctionalInterface
    interface Concat<T extends PyObject> {
        PyObject concat(Interpreter ip, T a, T b);
    }

    /** A sequence type's {@code sq_repeat}: {@code seq * count}, the count already made non-negative. */
    @FunctionalInterface
    interface Repeat<T extends PyObject> {
        PyObject repeat(Interpreter ip, T seq, long count);
    }

    /**
     * Objects/abstract.c {@code PyNumber_Add} and {@code PyNumber_Multiply} for a sequence of {@code type}:
     * {@code seq + seq} through its {@code sq_concat}, {@code seq * n} and {@code n * seq} through its
     * {@code sq_repeat} with an int count ({@code sequence_repeat}); null (NotImplemented) otherwise.
     */
    static <T extends PyObject> PyObject concatOrRepeat(Interpreter ip, BinaryOperator op, PyObject a, PyObject b,
                                                        Class<T> type, Concat<T> concat, Repeat<T> repeat) {
        if (type.isInstance(a)) {
            if (op == BinaryOperator.ADD && type.isInstance(b)) {
                return concat.concat(ip, type.cast(a), type.cast(b));
            }
            if (op == BinaryOperator.MULT && b instanceof PyInt n) {
                return repeat.repeat(ip, type.cast(a), repeatCount(ip, n));
            }
        }
        if (op == BinaryOperator.MULT && type.isInstance(b) && a instanceof PyInt n) {
            return repeat.repeat(ip, type.cast(b), repeatCount(ip, n));
        }
        return null;
    }
}
