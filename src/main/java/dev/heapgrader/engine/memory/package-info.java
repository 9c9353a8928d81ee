/**
 * Memory management as CPython does it: the generational cycle collector ({@code CycleCollector}, Modules/gcmodule.c
 * and Python/gc.c, its state changed only through its methods), how it breaks a garbage cycle ({@code CycleClearing},
 * each type's {@code tp_clear}) and which containers it stops tracking ({@code AtomicContainers}), the reference
 * cycles among what it finds unreachable ({@code UnreachableCycles}), what happens when a count reaches zero
 * ({@code Deallocation}), finalizers and weakref callbacks ({@code Finalizers}), and {@code sys.getsizeof} as
 * formulas over the layout each type declares once ({@code SizeModel}; no size of its own but the platform's
 * header and pointer widths).
 *
 * <p>Owns: collection, deallocation and sizes. The heap's bookkeeping (addresses, generation lists) stays in
 * {@code engine.heap}; Python-visible functions live in {@code engine.modules}.
 */
package dev.heapgrader.engine.memory;
