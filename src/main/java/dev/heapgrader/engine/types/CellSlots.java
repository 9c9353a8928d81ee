package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;

/** The slots of closure cells (Objects/cellobject.c). */
final class CellSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(CellSlots::repr);

    private CellSlots() {
    }

    /** {@code cell_repr}: the type and address of what the cell holds, or "empty". */
    static String repr(Interpreter ip, PyObject self) {
        PyObject contents = ((PyCell) self).contents;
        return "<cell at " + ObjectSlots.address(self) + ": " + (contents == null ? "empty"
                : contents.type().name() + " object at " + ObjectSlots.address(contents)) + ">";
    }
}
