package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Repr;

/**
 * The slots of an instance of a class defined in Python (Objects/typeobject.c {@code slot_tp_repr},
 * {@code slot_tp_hash}, {@code slot_tp_richcompare}): each calls the special method the class defines, and falls
 * back to {@code object}'s rule when it defines none.
 */
public final class InstanceSlots {
    static final TypeSlots SLOTS = new TypeSlots(InstanceSlots::repr, InstanceSlots::hash, ObjectSlots::compare)
            .withBool(InstanceSlots::bool).withLength(InstanceSlots::length).withContains(InstanceSlots::contains)
            .withIter(InstanceSlots::iter).withStr(InstanceSlots::str);

    private InstanceSlots() {
    }

    static String repr(Interpreter ip, PyObject self) {
        if (self.type().lookup("__repr__") instanceof PyFunction) {
            return callText(ip, self, "__repr__");
        }
        return ObjectSlots.repr(ip, self);
    }

    /** {@code slot_tp_hash}: {@code __hash__ = None} makes the class unhashable. */
    static long hash(Interpreter ip, PyObject self) {
        PyType t = self.type();
        PyObject hashAttr = t.lookup("__hash__");
        if (hashAttr == ip.rt.none) {
            return ObjectSlots.unhashable(ip, self);
        }
        if (hashAttr instanceof PyFunction) {
            PyObject r = Calls.callSpecial(ip, self, "__hash__");
            try {
                if (!(r instanceof PyInt ri)) {
                    throw ip.errors.typeError("__hash__ method should return an integer");
                }
                return IntSlots.hash(ri);
            } finally {
                ip.rt.decref(r);
            }
        }
        return ObjectSlots.hash(ip, self);
    }

    /** Calls {@code __repr__} or {@code __str__} and checks it returned a str ({@code PyObject_Repr}). */
    public static String callText(Interpreter ip, PyObject self, String method) {
        PyObject r = Calls.callSpecial(ip, self, method);
        try {
            if (!(r instanceof PyStr s)) {
                throw ip.errors.typeError(method + " returned non-string (type " + r.type().name() + ")");
            }
            return s.value();
        } finally {
            ip.rt.decref(r);
        }
    }

    /** {@code slot_tp_str}: the class's {@code __str__}, else its repr ({@code object_str}). */
    static String str(Interpreter ip, PyObject self) {
        if (self.type().lookup("__str__") instanceof PyFunction) {
            return callText(ip, self, "__str__");
        }
        return Repr.repr(ip, self);
    }

    /** {@code slot_nb_bool}: {@code __bool__}, which must return a bool, else {@code __len__}, else true. */
    static boolean bool(Interpreter ip, PyObject self) {
        PyObject r = Calls.callSpecial(ip, self, "__bool__");
        if (r != null) {
            try {
                if (!(r instanceof PyInt) || r.type() != ip.rt.types.bool) {
                    throw ip.errors.typeError("__bool__ should return bool, returned " + r.type().name());
                }
                return r == ip.rt.trueObj;
            } finally {
                ip.rt.decref(r);
            }
        }
        r = Calls.callSpecial(ip, self, "__len__");
        if (r != null) {
            try {
                return lengthValue(ip, r) != 0;
            } finally {
                ip.rt.decref(r);
            }
        }
        return true;
    }

    /** {@code slot_sq_length}: {@code __len__}, a non-negative int; TypeError when the class defines none. */
    static long length(Interpreter ip, PyObject self) {
        PyObject r = Calls.callSpecial(ip, self, "__len__");
        if (r == null) {
            throw ObjectProtocol.hasNoLength(ip, self);
        }
        try {
            return lengthValue(ip, r);
        } finally {
            ip.rt.decref(r);
        }
    }

    private static long lengthValue(Interpreter ip, PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw ip.errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.bigValue().signum() < 0) {
            throw ip.errors.valueError("__len__() should return >= 0");
        }
        return i.longValue();
    }

    /** {@code slot_sq_contains}: {@code __contains__}'s truth, else a search by iteration. */
    static boolean contains(Interpreter ip, PyObject self, PyObject item) {
        PyObject r = Calls.callSpecial(ip, self, "__contains__", item);
        if (r == null) {
            return ObjectProtocol.containsByIteration(ip, self, item);
        }
        try {
            return ObjectProtocol.truthy(ip, r);
        } finally {
            ip.rt.decref(r);
        }
    }

    /**
     * {@code slot_tp_iter}: {@code __iter__}, which must return an iterator; else a sequence iterator when the
     * class defines {@code __getitem__}; else TypeError.
     */
    static PyObject iter(Interpreter ip, PyObject self) {
        PyObject r = Calls.callSpecial(ip, self, "__iter__");
        if (r != null) {
            if (r.type().lookup("__next__") == null && !(r instanceof PyIterator) && !(r instanceof PyGenerator)) {
                String name = r.type().name();
                ip.rt.decref(r);
                throw ip.errors.typeError("iter() returned non-iterator of type '" + name + "'");
            }
            return r;
        }
        if (self.type().lookup("__getitem__") != null) {
            return ip.rt.track(new PyIterator(ip.rt.types.iterator, PyIterator.Kind.SEQUENCE, self.newRef(), null));
        }
        throw Iteration.notIterable(ip, self);
    }
}
