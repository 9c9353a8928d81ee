package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;

/** The slots of {@code slice} (Objects/sliceobject.c). */
final class SliceSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(SliceSlots::repr);

    private SliceSlots() {
    }

    /** {@code slice_repr}: {@code slice(start, stop, step)}, each part by its repr. */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "...", SliceSlots::parts);
    }

    private static String parts(Interpreter ip, PyObject self) {
        PySlice s = (PySlice) self;
        return "slice(" + Repr.repr(ip, s.start) + ", " + Repr.repr(ip, s.stop) + ", " + Repr.repr(ip, s.step) + ")";
    }
}
