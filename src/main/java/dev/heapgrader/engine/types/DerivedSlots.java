package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Subscripts;

/**
 * The container slots of a class defined in Python that derives from a builtin ({@code list}, {@code dict},
 * {@code tuple}, {@code collections.deque}...). Objects/typeobject.c {@code update_one_slot} gives such a class
 * {@code slot_nb_bool}, {@code slot_sq_length}, {@code slot_sq_contains}, {@code slot_tp_iter},
 * {@code slot_mp_subscript} or {@code slot_mp_ass_subscript} wherever it defines the special method in Python,
 * and the builtin base's own slot everywhere else. {@code BuiltinSlots} finds slots by the object's Java class,
 * which a derived class shares with its base, so it asks here for the overrides; the base's own slots stay
 * reachable through {@link BuiltinSlots#own} (what {@code list.__len__(d)} or {@code super().__getitem__(k)}
 * call).
 */
final class DerivedSlots {
    private DerivedSlots() {
    }

    /**
     * {@code own} with each container slot {@code t} overrides in Python replaced by the calling slot (kept on the
     * class until a class namespace changes; every instance of {@code t} shares {@code own}).
     */
    static TypeSlots of(PyType t, TypeSlots own) {
        return (TypeSlots) t.derivedSlots(k -> overlay(k, own));
    }

    private static TypeSlots overlay(PyType t, TypeSlots own) {
        TypeSlots s = own;
        if (defines(t, "__bool__")) {
            s = s.withBool(InstanceSlots::bool);
        }
        if (defines(t, "__len__")) {
            s = s.withLength(InstanceSlots::length);
        }
        if (defines(t, "__contains__")) {
            s = s.withContains(InstanceSlots::contains);
        }
        if (defines(t, "__iter__")) {
            s = s.withIter(InstanceSlots::iter);
        }
        if (defines(t, "__getitem__")) {
            s = s.withSubscript(Subscripts::getBySpecialMethod);
        }
        boolean setItem = defines(t, "__setitem__");
        boolean delItem = defines(t, "__delitem__");
        if (setItem || delItem) {
            s = s.withAssignSubscript(assignment(own.assignSubscript(), setItem, delItem));
        }
        return s;
    }

    /** Whether {@code o}'s class, derived from a builtin, reaches {@code name} in Python code before the builtin. */
    static boolean overrides(PyObject o, String name) {
        return o.type().isHeapType() && BuiltinSlots.own(o) != InstanceSlots.SLOTS && defines(o.type(), name);
    }

    /**
     * {@code slot_mp_ass_subscript}: one C slot serves both {@code d[k] = v} and {@code del d[k]}, and it looks up
     * {@code __setitem__} or {@code __delitem__} by name, so the one the class does not define is the base's own.
     */
    private static TypeSlots.AssignSubscriptSlot assignment(TypeSlots.AssignSubscriptSlot own, boolean setItem,
                                                            boolean delItem) {
        return (Interpreter ip, PyObject self, PyObject key, PyObject value) -> {
            if (value != null ? setItem : delItem) {
                Subscripts.assignBySpecialMethod(ip, self, key, value);
            } else if (own != null) {
                own.assign(ip, self, key, value);
            } else {
                Subscripts.assignBySpecialMethod(ip, self, key, value);
            }
        };
    }

    /** The first definition of {@code name} in {@code t}'s MRO is a function written in Python. */
    private static boolean defines(PyType t, String name) {
        return t.lookup(name) instanceof PyFunction;
    }
}
