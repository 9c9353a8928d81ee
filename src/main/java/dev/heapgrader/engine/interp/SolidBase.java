package dev.heapgrader.engine.interp;

import dev.heapgrader.engine.object.PyType;
import java.util.List;

/**
 * {@code best_base} and {@code solid_base} (Objects/typeobject.c): which of a class statement's bases becomes
 * {@code tp_base}. A type is its own solid base when it adds instance fields to its base's layout (a builtin type
 * other than {@code object}, or a class with its own {@code __slots__}); otherwise its base's solid base is. The
 * winner is the first base whose solid base is the most derived one. {@code __dict__} and {@code __weakref__} do not
 * count as fields: since 3.11 they live outside the fixed layout of a heap type.
 */
final class SolidBase {
    private SolidBase() {
    }

    /** The base {@code tp_base} points to; the bases were already checked to be compatible. */
    static PyType bestBase(List<PyType> bases) {
        PyType winner = null;
        PyType chosen = bases.get(0);
        for (PyType candidate : bases) {
            PyType solid = solidBase(candidate);
            if (winner == null || (solid != winner && solid.isSubtypeOf(winner))) {
                winner = solid;
                chosen = candidate;
            }
        }
        return chosen;
    }

    static PyType solidBase(PyType type) {
        PyType base = type.base();
        if (base == null) {
            return type;
        }
        PyType baseSolid = solidBase(base);
        return addsFields(type) ? type : baseSolid;
    }

    private static boolean addsFields(PyType type) {
        if (!type.isHeapType()) {
            return true;
        }
        return type.layout() != null && !type.layout().slotNames().isEmpty();
    }
}
