package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.protocol.Repr;
import dev.heapgrader.engine.object.PyList;

/**
 * The slots of {@code collections.deque}: {@code deque_repr} ({@code deque([1, 2])}, with {@code maxlen=} when
 * bounded, the class's own name for a derived class, {@code [...]} for a deque met again inside itself),
 * {@code PyObject_HashNotImplemented}, {@code deque_richcompare} ({@link DequeSequence#compare}), and its sequence
 * slots ({@code deque_len}, {@code deque_contains}, {@code deque_iter}, {@code deque_item}, {@code deque_ass_item}, {@code deque_concat}, {@code deque_repeat} and their in-place forms).
 */
final class DequeSlots {
    static final TypeSlots SLOTS = new TypeSlots(DequeSlots::repr, ObjectSlots::unhashable, DequeSequence::compare)
            .withLength((ip, self) -> ((PyDeque) self).size())
            .withContains((ip, self, item) -> DequeSequence.contains(ip, (PyDeque) self, item))
            .withIter((ip, self) -> DequeMethods.iterator(ip, (PyDeque) self, false))
            .withSubscript((ip, self, key) -> DequeSequence.item(ip, (PyDeque) self, key))
            .withAssignSubscript(DequeSlots::assignItem)
            .withBinary((ip, op, a, b) -> DequeSequence.binary(ip, op, a, b, false))
            .withInPlace((ip, op, a, b) -> DequeSequence.binary(ip, op, a, b, true));

    private DequeSlots() {
    }

    /** deque_ass_item: {@code d[i] = v}, or {@code del d[i]} when {@code value} is null. */
    private static void assignItem(Interpreter ip, PyObject self, PyObject key, PyObject value) {
        if (value == null) {
            DequeSequence.delItem(ip, (PyDeque) self, key);
        } else {
            DequeSequence.setItem(ip, (PyDeque) self, key, value);
        }
    }

    static String repr(Interpreter ip, PyObject self) {
        return Repr.guarded(ip, self, "[...]", (i, o) -> {
            PyDeque d = (PyDeque) o;
            StringBuilder sb = new StringBuilder();
            String name = d.type().name();
            sb.append(name.substring(name.lastIndexOf('.') + 1)).append("([");
            PyObject list = DequeMethods.listOf(i, d);
            try {
                PyList l = (PyList) list;
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(Repr.repr(i, l.get(k)));
                }
            } finally {
                i.rt.decref(list);
            }
            sb.append(']');
            if (d.maxlen >= 0) {
                sb.append(", maxlen=").append(d.maxlen);
            }
            return sb.append(')').toString();
        });
    }
}
