package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;

/** The slots of modules (Objects/moduleobject.c). */
final class ModuleSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(ModuleSlots::repr);

    private ModuleSlots() {
    }

    /** {@code module_repr} of a builtin module: every importable module here is built in. */
    static String repr(Interpreter ip, PyObject self) {
        return "<module '" + ((PyModule) self).name + "' (built-in)>";
    }
}
