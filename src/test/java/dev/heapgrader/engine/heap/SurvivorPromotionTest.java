package dev.heapgrader.engine.heap;

import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyList;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Heap#promoteSurvivors}: after a collection the survivors, in the order the collector left them, follow
 * whatever the old generation held ({@code gc_list_merge}), the collected generations are empty, and untracked
 * survivors are left out, whether the lists are relinked at once or, when the survivors do not account for
 * everything the collected generations hold, one object at a time.
 */
class SurvivorPromotionTest {
    private static final PyType LIST = new PyType(null, "list", "builtins", new PyDict(null),
            new PyType.Layout(0, 0, false, false, false, List.of(), 0), false);

    private final Heap heap = new Heap(Long.MAX_VALUE);

    private PyObject tracked(int generation) {
        PyObject o = new PyList(LIST);
        heap.allocate(o, 56, true);
        heap.track(o);
        heap.moveTo(o, generation);
        return o;
    }

    private static List<PyObject> shuffled(List<PyObject> objects, long seed) {
        List<PyObject> copy = new ArrayList<>(objects);
        java.util.Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Test
    void aYoungCollectionAppendsTheSurvivorsInTheirOrderAfterTheOldGeneration() {
        List<PyObject> older = List.of(tracked(1), tracked(1));
        List<PyObject> young = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            young.add(tracked(0));
        }
        List<PyObject> survivors = shuffled(young, 7);
        PyObject untracked = survivors.get(3);
        heap.untrack(untracked);

        heap.promoteSurvivors(0, 1, survivors.toArray(new PyObject[0]), 0, survivors.size());

        List<PyObject> expected = new ArrayList<>(older);
        survivors.stream().filter(o -> o != untracked).forEach(expected::add);
        assertThat(heap.generation(0)).isEmpty();
        assertThat(new ArrayList<>(heap.generation(1))).containsExactlyElementsOf(expected);
        assertThat(expected).allMatch(o -> o.gc().generation == 1);
        assertThat(untracked.gc().tracked).isFalse();
    }

    @Test
    void aFullCollectionLeavesExactlyTheSurvivorsInTheOldestGeneration() {
        List<PyObject> all = new ArrayList<>();
        for (int g = 0; g <= 2; g++) {
            for (int i = 0; i < 10; i++) {
                all.add(tracked(g));
            }
        }
        List<PyObject> survivors = shuffled(all, 11);

        heap.promoteSurvivors(2, 2, survivors.toArray(new PyObject[0]), 0, survivors.size());

        assertThat(heap.generation(0)).isEmpty();
        assertThat(heap.generation(1)).isEmpty();
        assertThat(new ArrayList<>(heap.generation(2))).containsExactlyElementsOf(survivors);
    }

    @Test
    void survivorsThatDoNotAccountForTheCollectedGenerationsMoveOneByOne() {
        PyObject stillYoung = tracked(0);
        List<PyObject> survivors = List.of(tracked(0), tracked(0));

        heap.promoteSurvivors(0, 1, survivors.toArray(new PyObject[0]), 0, survivors.size());

        assertThat(new ArrayList<>(heap.generation(0))).containsExactly(stillYoung);
        assertThat(new ArrayList<>(heap.generation(1))).containsExactlyElementsOf(survivors);
    }
}
