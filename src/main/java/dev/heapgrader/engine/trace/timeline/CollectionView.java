package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/**
 * One run of the cycle collector ({@code gc_collect_main}): the generation, whether {@code gc.collect()} asked
 * for it, the objects it examined, those it found unreachable and the reference cycles among them, those whose
 * finalizer it called, those freed (the cycles and what only they kept alive), and the count it returned, the
 * value {@code gc.collect()} gives the program. Objects are named by {@code id()}; program objects only.
 */
public record CollectionView(int generation, boolean explicit, List<Long> examined, List<Long> unreachable,
                             List<List<Long>> cycles, List<Long> finalized, List<Long> freed, long returned) {

    public CollectionView {
        examined = List.copyOf(examined);
        unreachable = List.copyOf(unreachable);
        cycles = cycles.stream().map(List::copyOf).toList();
        finalized = List.copyOf(finalized);
        freed = List.copyOf(freed);
    }
}
