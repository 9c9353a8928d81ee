package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.IntSlots;
import dev.heapgrader.engine.types.TypeSlots;

/**
 * The abstract object protocol (Objects/abstract.c, Objects/object.c): truth, hashing, equality, membership and
 * length. Each applies object.c's and abstract.c's rule around the slot of the object's type, found once in
 * {@code BuiltinSlots}; the types' own behaviour (a list's length, a str's {@code in}) is in their slots.
 */
public final class ObjectProtocol {
    private ObjectProtocol() {
    }

    /**
     * Objects/object.c {@code PyObject_IsTrue}: the three singletons by identity, then the type's {@code nb_bool},
     * else its length ({@code mp_length}, {@code sq_length}), else true.
     */
    public static boolean truthy(Interpreter ip, PyObject v) {
        InterpreterState rt = ip.rt;
        if (v == rt.trueObj) {
            return true;
        }
        if (v == rt.falseObj || v == rt.none) {
            return false;
        }
        TypeSlots slots = BuiltinSlots.of(v);
        if (slots.bool() != null) {
            return slots.bool().bool(ip, v);
        }
        if (slots.length() != null) {
            return slots.length().length(ip, v) != 0;
        }
        return true;
    }

    public static long hash(InterpreterState rt, PyObject key) {
        if (key instanceof PyStr s) {
            return s.javaHash();
        }
        if (key instanceof PyInt i) {
            return IntSlots.hash(i);
        }
        return hash(rt.interpreter(), key);
    }

    /** Objects/object.c {@code PyObject_Hash}: the type's {@code tp_hash}, from {@code BuiltinSlots}. */
    public static long hash(Interpreter ip, PyObject key) {
        if (key instanceof PyStr s) {
            return s.javaHash();
        }
        if (key instanceof PyInt i) {
            return IntSlots.hash(i);
        }
        return BuiltinSlots.of(key).hash().hash(ip, key);
    }

    /** {@code a == b} as a Java boolean, identity first (as dict and list lookups do). */
    public static boolean richEquals(InterpreterState rt, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            return sa.value().equals(sb.value());
        }
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return ia.isSmall() && ib.isSmall() ? ia.longValue() == ib.longValue()
                    : ia.bigValue().equals(ib.bigValue());
        }
        return Compare.equalsBool(rt.interpreter(), a, b);
    }

    /** Objects/abstract.c {@code PySequence_Contains}: the type's {@code sq_contains}, else a search by iteration. */
    public static boolean contains(Interpreter ip, PyObject container, PyObject item) {
        TypeSlots.ContainsSlot slot = BuiltinSlots.of(container).contains();
        return slot != null ? slot.contains(ip, container, item) : containsByIteration(ip, container, item);
    }

    /** Objects/abstract.c {@code _PySequence_IterSearch}: {@code item in container} by comparing each item. */
    public static boolean containsByIteration(Interpreter ip, PyObject container, PyObject item) {
        InterpreterState rt = ip.rt;
        PyObject it = Iteration.iter(ip, container);
        try {
            PyObject next;
            while ((next = Iteration.next(ip, it)) != null) {
                boolean eq;
                try {
                    eq = richEquals(rt, next, item);
                } finally {
                    rt.decref(next);
                }
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            rt.decref(it);
        }
    }

    /** Objects/abstract.c {@code PyObject_Size}: the type's {@code sq_length} or {@code mp_length}. */
    public static long len(Interpreter ip, PyObject o) {
        TypeSlots.LengthSlot slot = BuiltinSlots.of(o).length();
        if (slot == null) {
            throw hasNoLength(ip, o);
        }
        return slot.length(ip, o);
    }

    /** The TypeError of {@code len()} on an object without a length. */
    public static PyException hasNoLength(Interpreter ip, PyObject o) {
        return ip.errors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    /** The index value of an int-like object, or a TypeError naming what was expected. */
    public static long index(Interpreter ip, PyObject o, String what) {
        PyInt i = indexInt(ip, o, what);
        try {
            if (!i.isSmall()) {
                throw ip.errors.make("IndexError", "cannot fit 'int' into an index-sized integer");
            }
            return i.longValue();
        } finally {
            ip.rt.decref(i);
        }
    }

    /**
     * {@code PyNumber_Index}: the int itself, or what an object's {@code __index__} returns, which must be an int
     * (new reference); {@code what} is the TypeError message, {@code %T} standing for the type name.
     */
    public static PyInt indexInt(Interpreter ip, PyObject o, String what) {
        if (o instanceof PyInt i) {
            return (PyInt) i.newRef();
        }
        PyObject r = o instanceof PyInstance ? Calls.callSpecial(ip, o, "__index__") : null;
        if (r == null) {
            throw ip.errors.typeError(what.replace("%T", o.type().name()));
        }
        if (!(r instanceof PyInt i)) {
            String name = r.type().name();
            ip.rt.decref(r);
            throw ip.errors.typeError("__index__ returned non-int (type " + name + ")");
        }
        return i;
    }
}
