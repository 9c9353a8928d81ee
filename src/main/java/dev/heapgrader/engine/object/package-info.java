/**
 * The simulated Python objects: one class per builtin type, each carrying its type, reference count and simulated
 * address. Reference-count discipline follows CPython's C API: operations borrow their arguments and return new
 * references.
 */
package dev.heapgrader.engine.object;
