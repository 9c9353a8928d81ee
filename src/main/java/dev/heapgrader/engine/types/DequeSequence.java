package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.protocol.Compare;

/**
 * The sequence slots of {@code collections.deque} ({@code deque_as_sequence}, {@code deque_as_number}): what
 * {@code engine.protocol} calls for {@code len(d)}, {@code bool(d)}, {@code x in d}, {@code d[i]},
 * {@code d[i] = v}, {@code del d[i]}, {@code d + e}, {@code d * n}, {@code d += e} and {@code d *= n}.
 */
public final class DequeSequence {
    private DequeSequence() {
    }

    /** {@code deque_contains}: equal items, failing if a comparison mutates the deque. */
    public static boolean contains(Interpreter ip, PyDeque d, PyObject value) {
        long start = d.state;
        int n = d.size();
        for (int i = 0; i < n && i < d.size(); i++) {
            if (itemEquals(ip, d, i, value)) {
                return true;
            }
            checkUnchanged(ip, d, start);
        }
        return false;
    }

    /** {@code PyObject_RichCompareBool(item, value, Py_EQ)} with the item held while it runs. */
    static boolean itemEquals(Interpreter ip, PyDeque d, int i, PyObject value) {
        PyObject item = d.get(i).newRef();
        try {
            return item == value || Compare.equalsBool(ip, item, value);
        } finally {
            ip.rt.decref(item);
        }
    }

    static void checkUnchanged(Interpreter ip, PyDeque d, long state) {
        if (d.state != state) {
            throw ip.errors.runtimeError("deque mutated during iteration");
        }
    }

    /** The position {@code PySequence_GetItem} asks {@code sq_item} for: negative counts from the end. */
    private static int position(Interpreter ip, PyDeque d, PyObject index) {
        if (!(index instanceof PyInt) && index.type().lookup("__index__") == null) {
            throw ip.errors.typeError("sequence index must be integer, not '" + index.type().name() + "'");
        }
        long i = ObjectProtocol.index(ip, index, "sequence index must be integer, not '%T'");
        if (i < 0) {
            // PySequence_GetItem (and typeobject.c getindex for deque.__getitem__) adds the type's sq_length,
            // which a derived class's __len__ replaces
            i += BuiltinSlots.of(d).length().length(ip, d);
        }
        if (i < 0 || i >= d.size()) {
            throw ip.errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    /** {@code deque_item}: a new reference. */
    public static PyObject item(Interpreter ip, PyDeque d, PyObject index) {
        return d.get(position(ip, d, index)).newRef();
    }

    /** {@code deque_ass_item}: the old item is released after the new one is in place. */
    public static void setItem(Interpreter ip, PyDeque d, PyObject index, PyObject value) {
        int i = position(ip, d, index);
        ip.rt.decref(d.set(i, value.newRef()));
    }

    /** {@code deque_del_item}: rotate the item to the left end, pop it, rotate back, then release it. */
    public static void delItem(Interpreter ip, PyDeque d, PyObject index) {
        int i = position(ip, d, index);
        InterpreterState rt = ip.rt;
        d.rotate(rt, -i);
        PyObject item = d.popLeft(rt);
        d.rotate(rt, i);
        rt.decref(item);
    }

    /** {@code PySequence_List(deque)}. */
    static PyObject toList(Interpreter ip, PyDeque d) {
        return DequeMethods.listOf(ip, d);
    }

    /**
     * {@code deque_copy}: an exact deque copies itself (one item by a plain append, the rest by extend); a
     * derived class is called as {@code type(d)(d)} or {@code type(d)(d, maxlen)}.
     */
    static PyObject copy(Interpreter ip, PyDeque d) {
        InterpreterState rt = ip.rt;
        if (d.type() != d.types.deque()) {
            PyObject[] args = d.maxlen < 0 ? new PyObject[] {d} : new PyObject[] {d, rt.newInt(d.maxlen)};
            try {
                return Calls.call(ip, d.type(), args, null);
            } finally {
                if (args.length > 1) {
                    rt.decref(args[1]);
                }
            }
        }
        PyObject made = Calls.call(ip, d.types.deque(), new PyObject[0], null);
        PyDeque copy = (PyDeque) made;
        copy.maxlen = d.maxlen;
        try {
            if (d.size() == 1) {
                DequeMethods.appendOwned(ip, copy, d.get(0).newRef());
            } else {
                DequeMethods.extendRight(ip, copy, d);
            }
        } catch (RuntimeException e) {
            rt.decref(copy);
            throw e;
        }
        return copy;
    }

    /** {@code deque_concat}: a copy extended by another deque; anything else is a TypeError. */
    public static PyObject concat(Interpreter ip, PyDeque d, PyObject other) {
        if (!other.type().isSubtypeOf(d.types.deque())) {
            throw ip.errors.typeError("can only concatenate deque (not \"" + other.type().name() + "\") to deque");
        }
        PyObject copy = copy(ip, d);
        try {
            DequeMethods.extendRight(ip, (PyDeque) copy, other);
        } catch (RuntimeException e) {
            ip.rt.decref(copy);
            throw e;
        }
        return copy;
    }

    /**
     * {@code d + e}, {@code d * n}, {@code n * d} and, with {@code inPlace}, {@code d += e} and {@code d *= n}
     * (the {@code sq_concat}, {@code sq_repeat} and in-place slots); null when neither operand's slot applies.
     */
    public static PyObject binary(Interpreter ip, BinaryOperator op, PyObject a,
            PyObject b, boolean inPlace) {
        if (op == BinaryOperator.ADD && a instanceof PyDeque d) {
            return inPlace ? inplaceConcat(ip, d, b) : concat(ip, d, b);
        }
        if (op != BinaryOperator.MULT) {
            return null;
        }
        PyDeque d = a instanceof PyDeque x ? x : (PyDeque) b;
        PyObject count = d == a ? b : a;
        if (!(count instanceof PyInt) && count.type().lookup("__index__") == null) {
            throw ip.errors.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        }
        long n = ObjectProtocol.index(ip, count, "'%T' object cannot be interpreted as an integer");
        return inPlace && d == a ? inplaceRepeat(ip, d, n) : repeat(ip, d, n);
    }

    /** {@code deque_inplace_concat}: {@code d += iterable} extends {@code d}. */
    public static PyObject inplaceConcat(Interpreter ip, PyDeque d, PyObject other) {
        DequeMethods.extendRight(ip, d, other);
        return d.newRef();
    }

    /** {@code deque_repeat}: a copy repeated in place. */
    public static PyObject repeat(Interpreter ip, PyDeque d, long n) {
        PyObject copy = copy(ip, d);
        try {
            return inplaceRepeat(ip, (PyDeque) copy, n);
        } finally {
            ip.rt.decref(copy);
        }
    }

    /**
     * {@code deque_inplace_repeat}: one item is appended n - 1 times (capped at maxlen); more items extend the
     * deque by a list of them, with the count reduced so maxlen is not passed by more than one round.
     */
    public static PyObject inplaceRepeat(Interpreter ip, PyDeque d, long n) {
        InterpreterState rt = ip.rt;
        int size = d.size();
        if (size == 0 || n == 1) {
            return d.newRef();
        }
        if (n <= 0) {
            d.clear(rt, rt::decref);
            return d.newRef();
        }
        if (size == 1) {
            PyObject item = d.get(0);
            if (d.maxlen >= 0 && n > d.maxlen) {
                n = d.maxlen;
            }
            d.state++;
            for (long i = 0; i < n - 1; i++) {
                ip.tick();
                if (!d.pushRight(rt, item.newRef())) {
                    rt.decref(d.popRight(rt));
                    throw ip.errors.make("MemoryError");
                }
            }
            return d.newRef();
        }
        if (n > Long.MAX_VALUE / size) {
            throw ip.errors.make("MemoryError");
        }
        PyObject seq = toList(ip, d);
        try {
            if (d.maxlen >= 0 && n * size > d.maxlen) {
                n = (d.maxlen + size - 1) / size;
            }
            for (long i = 0; i < n - 1; i++) {
                DequeMethods.extendRight(ip, d, seq);
            }
        } finally {
            rt.decref(seq);
        }
        return d.newRef();
    }

    /**
     * {@code deque_richcompare}: only deques compare; {@code ==} and {@code !=} first look at identity and
     * length, then the first unequal pair decides, else the lengths.
     */
    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        InterpreterState rt = ip.rt;
        PyDeque v = (PyDeque) self;
        if (!(other instanceof PyDeque w) || !other.type().isSubtypeOf(v.types.deque())) {
            return rt.notImplemented;
        }
        if (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) {
            boolean eq = op == CompareOperator.EQ;
            if (v == w) {
                return rt.bool(eq);
            }
            if (v.size() != w.size()) {
                return rt.bool(!eq);
            }
        }
        PyObject vl = toList(ip, v);
        PyObject wl = toList(ip, w);
        try {
            PyList a = (PyList) vl;
            PyList b = (PyList) wl;
            int i = 0;
            while (i < a.size() && i < b.size()) {
                if (!ObjectProtocol.richEquals(rt, a.get(i), b.get(i))) {
                    PyObject r = Compare.rich(ip, a.get(i), b.get(i), op);
                    try {
                        return rt.bool(ObjectProtocol.truthy(ip, r));
                    } finally {
                        rt.decref(r);
                    }
                }
                i++;
            }
            return rt.bool(Compare.outcome(Integer.compare(a.size(), b.size()), op));
        } finally {
            rt.decref(vl);
            rt.decref(wl);
        }
    }
}
