package dev.heapgrader.engine.protocol;

import dev.heapgrader.engine.errors.PyException;
import dev.heapgrader.engine.interp.Calls;
import dev.heapgrader.engine.interp.Generators;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyBaseException;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.IteratorNext;
import dev.heapgrader.engine.types.PyGenerator;
import dev.heapgrader.engine.types.PyIterator;
import dev.heapgrader.engine.types.TypeSlots;
import dev.heapgrader.engine.types.PyDequeIterator;

/**
 * {@code iter()} and {@code next()} (Objects/abstract.c {@code PyObject_GetIter}, {@code PyIter_Next}):
 * {@code iter()} is the type's {@code tp_iter} (builtin containers give their C iterators, instances use
 * {@code __iter__} or the old {@code __getitem__} protocol: {@code InstanceSlots}); {@link #next} returns a new
 * reference, or null when exhausted.
 */
public final class Iteration {
    private Iteration() {
    }

    /** Objects/abstract.c {@code PyObject_GetIter}: the type's {@code tp_iter} (a new reference). */
    public static PyObject iter(Interpreter ip, PyObject o) {
        TypeSlots.IterSlot slot = BuiltinSlots.of(o).iter();
        if (slot == null) {
            throw notIterable(ip, o);
        }
        return slot.iter(ip, o);
    }

    /** The TypeError of {@code iter()} on an object that is not iterable. */
    public static PyException notIterable(Interpreter ip, PyObject o) {
        return ip.errors.typeError("'" + o.type().name() + "' object is not iterable");
    }

    public static PyObject next(Interpreter ip, PyObject it) {
        // builtins that consume an iterator (sum, list, max, any...) loop in Java: each item counts as a step,
        // so sum(range(10 ** 12)) stops at the step and time limits like a Python loop would
        ip.tick();
        if (it instanceof PyIterator pi) {
            return IteratorNext.next(ip, pi);
        }
        if (it instanceof PyGenerator g) {
            return Generators.next(ip, g);
        }
        if (it instanceof PyDequeIterator d) {
            return d.next(ip);
        }
        PyObject method = it.type().lookup("__next__");
        if (method == null) {
            throw ip.errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return Calls.call(ip, method, new PyObject[] {it}, null);
        } catch (PyException e) {
            if (isStopIteration(ip, e)) {
                ip.rt.decref(e.value());
                return null;
            }
            throw e;
        }
    }

    public static boolean isStopIteration(Interpreter ip, PyException e) {
        return e.value() instanceof PyBaseException be && be.type().isSubtypeOf(ip.errors.type("StopIteration"));
    }
}
