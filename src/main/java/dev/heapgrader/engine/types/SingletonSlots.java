package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PySingleton;

/** The slots of {@code None}, {@code Ellipsis} and {@code NotImplemented} (Objects/object.c, sliceobject.c). */
final class SingletonSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(SingletonSlots::repr);

    private SingletonSlots() {
    }

    /** {@code none_repr}, {@code ellipsis_repr}, {@code NotImplemented_repr}: the name each was made with. */
    static String repr(Interpreter ip, PyObject self) {
        return ((PySingleton) self).repr();
    }
}
