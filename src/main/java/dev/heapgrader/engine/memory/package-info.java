/**
 * Memory management as CPython does it: the generational cycle collector ({@code CycleCollector}, Modules/gcmodule.c
 * and Python/gc.c, its reachability passes in {@code Reachability}), the reference cycles among what it finds
 * unreachable ({@code UnreachableCycles}), what happens when a count reaches zero ({@code Deallocation}),
 * finalizers and weakref callbacks ({@code Finalizers}), and
 * {@code sys.getsizeof} as formulas over each type's layout ({@code SizeModel}).
 *
 * <p>Owns: collection, deallocation and sizes. The heap's bookkeeping (addresses, generation lists) stays in
 * {@code engine.heap}; Python-visible functions live in {@code engine.modules}.
 */
package dev.heapgrader.engine.memory;
