package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.InterpreterState;
import dev.heapgrader.engine.object.PyObject;

/**
 * The slots of the builtin iterators (Objects/iterobject.c, listobject.c {@code listiter}, ...): an iterator is its
 * own iterator ({@code PyObject_SelfIter}). {@link #over} is what a container's {@code tp_iter} returns
 * ({@code list_iter}, {@code tuple_iter}, {@code unicode_iter}, {@code range_iter}, {@code dict_iter}...).
 */
final class IteratorSlots {
    static final TypeSlots SLOTS = TypeSlots.reprOnly(ObjectSlots::repr).withIter(IteratorSlots::self);

    private IteratorSlots() {
    }

    /** {@code PyObject_SelfIter}: iterators and generators iterate over themselves. */
    static PyObject self(Interpreter ip, PyObject self) {
        return self.newRef();
    }

    /** A new iterator of {@code kind} over {@code source}, of the iterator type CPython gives that source. */
    static PyIterator over(Interpreter ip, PyObject source, PyIterator.Kind kind) {
        InterpreterState rt = ip.rt;
        return rt.track(new PyIterator(rt.types.iterators.of(kind, source, rt.types.iterator), kind, source.newRef(),
                null));
    }
}
