package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeRecursion;
import dev.heapgrader.engine.object.PyInstance;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.InstanceSlots;
import dev.heapgrader.engine.types.PyBuiltin;
import dev.heapgrader.engine.types.PyFunction;
import dev.heapgrader.engine.types.TypeSlots;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code repr()} and {@code str()} (Objects/object.c {@code PyObject_Repr}, {@code PyObject_Str}): a derived
 * class's {@code __repr__}/{@code __str__} first, else the type's own {@code tp_repr} from {@code BuiltinSlots};
 * and the recursion guard containers use ({@code Py_ReprEnter}). Each type's text is in its unit in
 * {@code engine.types} ({@code ListSlots}, {@code FloatSlots}...).
 */
public final class Repr {
    private Repr() {
    }

    public static String repr(Interpreter ip, PyObject o) {
        // a class derived from a builtin (class D(list)) gets its own __repr__ too, as through tp_repr's slot
        if (!(o instanceof PyInstance) && o.type().isHeapType() && o.type().lookup("__repr__") instanceof PyFunction) {
            return InstanceSlots.callText(ip, o, "__repr__");
        }
        return ownRepr(ip, o);
    }

    /** The repr a builtin type itself writes ({@code object.__repr__}, {@code list.__repr__}...), no override. */
    public static String ownRepr(Interpreter ip, PyObject o) {
        return BuiltinSlots.of(o).repr().repr(ip, o);
    }

    /**
     * Objects/object.c {@code Py_ReprEnter}/{@code Py_ReprLeave}: a container met again while its own repr is
     * being written prints as {@code placeholder} ({@code [...]}, {@code {...}}) instead of recursing.
     */
    public static String guarded(Interpreter ip, PyObject o, String placeholder, TypeSlots.ReprSlot body) {
        Map<PyObject, Boolean> active = ip.reprActive;
        if (active.containsKey(o)) {
            return placeholder;
        }
        NativeRecursion.enter(ip, " while getting the repr of an object");
        active.put(o, Boolean.TRUE);
        try {
            return body.repr(ip, o);
        } finally {
            active.remove(o);
            NativeRecursion.leave(ip);
        }
    }

    /** How CPython names a callable in argument errors: {@code __main__.f()} or {@code len()}. */
    public static String calleeName(Interpreter ip, PyObject callable) {
        if (callable instanceof PyFunction f) {
            String module = f.module instanceof PyStr m ? m.value() + "." : "";
            return module + ((PyStr) f.qualname).value() + "()";
        }
        if (callable instanceof PyBuiltin b) {
            return b.name + "()";
        }
        return callable.type().name() + " object";
    }

    /**
     * Objects/object.c {@code PyObject_Str}: the type's {@code tp_str} from {@code BuiltinSlots} (a str, a class
     * defined in Python, an exception); else a derived class's {@code __str__}; else the repr.
     */
    public static String str(Interpreter ip, PyObject o) {
        TypeSlots.StrSlot slot = BuiltinSlots.of(o).str();
        if (slot != null) {
            return slot.str(ip, o);
        }
        if (o.type().isHeapType() && o.type().lookup("__str__") instanceof PyFunction) {
            return InstanceSlots.callText(ip, o, "__str__");
        }
        return repr(ip, o);
    }

    /** Objects currently being repr'd, to print "[...]" for recursive containers. */
    public static Map<PyObject, Boolean> newActiveSet() {
        return new IdentityHashMap<>();
    }
}
