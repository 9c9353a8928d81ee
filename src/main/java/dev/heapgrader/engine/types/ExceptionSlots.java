package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyTuple;
import dev.heapgrader.engine.protocol.Repr;

/**
 * The slots of {@code BaseException} and its subclasses (Objects/exceptions.c); their methods are
 * {@code ExceptionMethods}. Hash, comparison, truth, length, membership and iteration are an instance's.
 */
public final class ExceptionSlots {
    static final TypeSlots SLOTS = new TypeSlots(ExceptionSlots::repr, InstanceSlots::hash, ObjectSlots::compare,
            ExceptionSlots::str, InstanceSlots.SLOTS.bool(), InstanceSlots.SLOTS.length(),
            InstanceSlots.SLOTS.contains(), InstanceSlots.SLOTS.iter(), null, null, null, null, null);

    private ExceptionSlots() {
    }

    /** {@code BaseException_repr}: {@code Name(arg)} for one argument, {@code Name(a, b)} for several. */
    static String repr(Interpreter ip, PyObject self) {
        if (self.type().lookup("__repr__") instanceof PyFunction) {
            return InstanceSlots.callText(ip, self, "__repr__");
        }
        return Repr.guarded(ip, self, "...", ExceptionSlots::nameAndArgs);
    }

    private static String nameAndArgs(Interpreter ip, PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyTuple args = e.args();
        if (args.size() == 1) {
            return e.type().name() + "(" + Repr.repr(ip, args.get(0)) + ")";
        }
        return e.type().name() + Repr.repr(ip, args);
    }

    /**
     * {@code BaseException_str}: empty without arguments, the one argument's str, else the arguments' repr;
     * {@code KeyError_str} shows its one argument's repr.
     */
    /** {@code tp_str} of an exception: a class's own {@code __str__}, else {@code BaseException_str}. */
    static String str(Interpreter ip, PyObject self) {
        if (self.type().lookup("__str__") instanceof PyFunction) {
            return InstanceSlots.callText(ip, self, "__str__");
        }
        return str(ip, (PyBaseException) self);
    }

    public static String str(Interpreter ip, PyBaseException e) {
        PyTuple args = e.args();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            if (e.type().isSubtypeOf(ip.errors.type("KeyError"))) {
                return Repr.repr(ip, args.get(0));
            }
            return Repr.str(ip, args.get(0));
        }
        return Repr.repr(ip, args);
    }
}
