package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.syntax.ast.CompareOperator;

/** The slots of {@code list} (Objects/listobject.c); its methods are {@code ListMethods}. */
final class ListSlots {
    static final TypeSlots SLOTS = new TypeSlots(ListSlots::repr, ObjectSlots::unhashable, ListSlots::compare);

    private ListSlots() {
    }

    /** {@code list_repr}: {@code [...]} for a list met again inside itself ({@code Py_ReprEnter}). */
    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "[...]", ListSlots::items);
    }

    private static String items(Interpreter ip, PyObject self) {
        // the list is read live, as list_repr does: an item's __repr__ may shrink it
        PyList l = (PyList) self;
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Repr.repr(ip, l.get(i)));
        }
        return sb.append(']').toString();
    }

    static PyObject compare(Interpreter ip, PyObject self, PyObject other, CompareOperator op) {
        if (other instanceof PyList o) {
            return SequenceOrder.compare(ip, ((PyList) self).toArray(), o.toArray(), op);
        }
        return ObjectSlots.compare(ip, self, other, op);
    }
}
