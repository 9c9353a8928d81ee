package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.TypeSlots;

/**
 * {@code o[i]}, {@code o[i] = v} and {@code del o[i]} (Objects/abstract.c {@code PyObject_GetItem},
 * {@code PyObject_SetItem}, {@code PyObject_DelItem}): the type's {@code mp_subscript} or
 * {@code mp_ass_subscript} slot, found once in {@code BuiltinSlots}; without one, the special method
 * ({@code __getitem__}, {@code __setitem__}, {@code __delitem__}) or CPython's TypeError. A list's, dict's or
 * str's own indexing is in its slots unit ({@code ListSlots}, {@code DictSlots}, {@code StrSlots}...).
 */
public final class Subscripts {
    private Subscripts() {
    }

    public static PyObject get(Interpreter ip, PyObject c, PyObject index) {
        TypeSlots.SubscriptSlot slot = BuiltinSlots.of(c).subscript();
        return slot != null ? slot.subscript(ip, c, index) : getBySpecialMethod(ip, c, index);
    }

    public static void set(Interpreter ip, PyObject c, PyObject index, PyObject value) {
        assign(ip, c, index, value);
    }

    public static void delete(Interpreter ip, PyObject c, PyObject index) {
        assign(ip, c, index, null);
    }

    private static void assign(Interpreter ip, PyObject c, PyObject index, PyObject value) {
        TypeSlots.AssignSubscriptSlot slot = BuiltinSlots.of(c).assignSubscript();
        if (slot != null) {
            slot.assign(ip, c, index, value);
        } else {
            assignBySpecialMethod(ip, c, index, value);
        }
    }

    /** {@code c[index]} through {@code __getitem__}, else "not subscriptable" (a new reference). */
    public static PyObject getBySpecialMethod(Interpreter ip, PyObject c, PyObject index) {
        PyObject r = Calls.callSpecial(ip, c, "__getitem__", index);
        if (r != null) {
            return r;
        }
        throw ip.errors.typeError("'" + c.type().name() + "' object is not subscriptable");
    }

    /**
     * {@code c[index] = value} through {@code __setitem__}, or {@code del c[index]} through {@code __delitem__}
     * when {@code value} is null; else CPython's TypeError for each.
     */
    public static void assignBySpecialMethod(Interpreter ip, PyObject c, PyObject index, PyObject value) {
        PyObject r = value != null ? Calls.callSpecial(ip, c, "__setitem__", index, value)
                : Calls.callSpecial(ip, c, "__delitem__", index);
        if (r != null) {
            ip.rt.decref(r);
            return;
        }
        throw ip.errors.typeError(value != null
                ? "'" + c.type().name() + "' object does not support item assignment"
                : "'" + c.type().name() + "' object doesn't support item deletion");
    }
}
