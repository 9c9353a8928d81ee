package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A deque's iterator (Modules/_collectionsmodule.c {@code dequeiterobject}): it remembers the deque's
 * {@code state} when made, and any later append, pop, rotate or clear ends it with "deque mutated during
 * iteration". {@code counter} is the number of items still to come.
 */
public final class PyDequeIterator extends PyObject {
    private final PyDeque deque;
    private final boolean reverse;
    private final long state;
    private int counter;

    PyDequeIterator(PyType type, PyDeque ownedDeque, boolean reverse) {
        super(type);
        this.deque = ownedDeque;
        this.reverse = reverse;
        this.state = ownedDeque.state;
        this.counter = ownedDeque.size();
    }

    int remaining() {
        return counter;
    }

    /**
     * {@code dequeiter_next} (the state is checked before the end) and {@code dequereviter_next} (after it): the
     * next item as a new reference, or null when exhausted.
     */
    public PyObject next(Interpreter ip) {
        if (reverse && counter == 0) {
            return null;
        }
        if (deque.state != state) {
            counter = 0;
            throw ip.errors.runtimeError("deque mutated during iteration");
        }
        if (counter == 0) {
            return null;
        }
        int at = reverse ? counter - 1 : deque.size() - counter;
        counter--;
        return deque.get(at).newRef();
    }

    /** {@code dequeiter_traverse}: the deque; 3.12+ visit the heap type first. */
    @Override
    public void traverse(Visitor visitor) {
        if (deque.types.heapTypes()) {
            visitor.visit(type());
        }
        visitor.visit(deque);
    }

    /** {@code dequeiter_dealloc}: the deque, then (3.12+) the type. */
    @Override
    public void clearReferences(Releaser release) {
        release.release(deque);
        if (deque.types.heapTypes()) {
            release.release(type());
        }
    }
}
