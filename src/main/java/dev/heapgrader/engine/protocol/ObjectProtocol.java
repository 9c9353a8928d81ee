package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyFloat;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySet;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.DictView;
import dev.heapgrader.engine.types.IntSlots;
import dev.heapgrader.engine.types.PyMappingProxy;
import dev.heapgrader.engine.types.PyRange;
import dev.heapgrader.engine.types.RangeMethods;

/**
 * The abstract object protocol (Objects/abstract.c, Objects/object.c): truth, hashing, equality, membership and
 * length, with builtin types handled directly and instances dispatched to their special methods.
 */
public final class ObjectProtocol {
    private ObjectProtocol() {
    }

    public static boolean truthy(Interpreter ip, PyObject v) {
        InterpreterState rt = ip.rt;
        if (v == rt.trueObj) {
            return true;
        }
        if (v == rt.falseObj || v == rt.none) {
            return false;
        }
        if (v instanceof PyInt i) {
            return i.isSmall() ? i.longValue() != 0 : true;
        }
        if (v instanceof PyFloat f) {
            return f.value() != 0.0;
        }
        if (v instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (v instanceof PyList l) {
            return l.size() > 0;
        }
        if (v instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (v instanceof PyDict d) {
            return d.size() > 0;
        }
        if (v instanceof PySet s) {
            return s.size() > 0;
        }
        if (v instanceof PyBytes b) {
            return b.value().length > 0;
        }
        if (v instanceof dev.heapgrader.engine.object.PyByteArray b) {
            return b.size() > 0;
        }
        if (v instanceof PyInstance && !(v instanceof dev.heapgrader.engine.object.PyBaseException)) {
            PyObject r = Calls.callSpecial(ip, v, "__bool__");
            if (r != null) {
                try {
                    if (!(r instanceof PyInt) || r.type() != rt.types.bool) {
                        throw ip.errors.typeError("__bool__ should return bool, returned " + r.type().name());
                    }
                    return r == rt.trueObj;
                } finally {
                    rt.decref(r);
                }
            }
            r = Calls.callSpecial(ip, v, "__len__");
            if (r != null) {
                try {
                    return lenValue(ip, r) != 0;
                } finally {
                    rt.decref(r);
                }
            }
            return true;
        }
        if (v instanceof dev.heapgrader.engine.types.PyDeque d) {
            return d.size() > 0;
        }
        if (v instanceof PyRange r) {
            return !r.isEmpty();
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

    public static boolean contains(Interpreter ip, PyObject container, PyObject item) {
        InterpreterState rt = ip.rt;
        if (container instanceof PyDict d) {
            return d.get(item, rt) != null;
        }
        if (container instanceof PyMappingProxy p) {
            return p.mapping.get(item, rt) != null;
        }
        if (container instanceof PySet s) {
            return s.contains(item, rt);
        }
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw ip.errors.typeError("'in <string>' requires string as left operand, not "
                        + item.type().name());
            }
            return s.value().contains(sub.value());
        }
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (richEquals(rt, l.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (richEquals(rt, t.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof dev.heapgrader.engine.types.PyDeque d) {
            return dev.heapgrader.engine.types.DequeSequence.contains(ip, d, item);
        }
        if (container instanceof PyRange r) {
            return RangeMethods.contains(ip, r, item);
        }
        if (container instanceof PyBytes b) {
            if (item instanceof PyInt i) {
                for (byte x : b.value()) {
                    if ((x & 0xff) == i.longValue()) {
                        return true;
                    }
                }
                return false;
            }
            if (item instanceof PyBytes sub) {
                return new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(new String(sub.value(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        if (container instanceof PyInstance) {
            PyObject r = Calls.callSpecial(ip, container, "__contains__", item);
            if (r != null) {
                try {
                    return truthy(ip, r);
                } finally {
                    rt.decref(r);
                }
            }
        }
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

    public static long len(Interpreter ip, PyObject o) {
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyBytes b) {
            return b.value().length;
        }
        if (o instanceof dev.heapgrader.engine.object.PyByteArray b) {
            return b.size();
        }
        if (o instanceof dev.heapgrader.engine.types.PyDeque d) {
            return d.size();
        }
        if (o instanceof PyRange r) {
            return r.lengthOrOverflow(ip);
        }
        if (o instanceof DictView v) {
            return v.dict.size();
        }
        if (o instanceof PyMappingProxy p) {
            return p.mapping.size();
        }
        if (o instanceof PyInstance) {
            PyObject r = Calls.callSpecial(ip, o, "__len__");
            if (r != null) {
                try {
                    return lenValue(ip, r);
                } finally {
                    ip.rt.decref(r);
                }
            }
        }
        throw ip.errors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    private static long lenValue(Interpreter ip, PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw ip.errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.bigValue().signum() < 0) {
            throw ip.errors.valueError("__len__() should return >= 0");
        }
        return i.longValue();
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
