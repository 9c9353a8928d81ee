package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyInt;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;

/**
 * The slots of an instance of a class defined in Python (Objects/typeobject.c {@code slot_tp_repr},
 * {@code slot_tp_hash}, {@code slot_tp_richcompare}): each calls the special method the class defines, and falls
 * back to {@code object}'s rule when it defines none.
 */
public final class InstanceSlots {
    static final TypeSlots SLOTS = new TypeSlots(InstanceSlots::repr, InstanceSlots::hash, ObjectSlots::compare);

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
}
