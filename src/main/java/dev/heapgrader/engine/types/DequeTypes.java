package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyType;

/**
 * The three types of a run's {@code _collections} deque: {@code collections.deque} and its forward and reverse
 * iterators. {@code heapTypes}: 3.12+ make them heap types of the module's state (gh-101277), so each deque and
 * each iterator holds a reference to its type and visits it in {@code tp_traverse}; 3.11's are static types.
 */
public record DequeTypes(PyType deque, PyType iterator, PyType reverseIterator, boolean heapTypes) {
}
