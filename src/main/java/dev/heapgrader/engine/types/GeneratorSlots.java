package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;

/** The slots of generators (Objects/genobject.c); their methods are {@code GeneratorMethods}. */
final class GeneratorSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(GeneratorSlots::repr).withIter(IteratorSlots::self);

    private GeneratorSlots() {
    }

    /** {@code gen_repr}. */
    static String repr(Interpreter ip, PyObject self) {
        return "<generator object " + ((PyGenerator) self).qualname + " at " + ObjectSlots.address(self) + ">";
    }
}
