package dev.heapgrader.engine.trace;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the trace records about a collection (issue 5): trigger, generation, objects examined, the unreachable
 * objects' types and the cycles among them, finalizers called and objects freed. The counts come from the run
 * itself; the program prints what CPython would (gc.collect()'s value), which the conformance corpus checks.
 */
class CollectionTraceTest {

    private static final String PROGRAM = """
            import gc
            gc.disable()
            class Node:
                pass
            class Closing:
                def __del__(self):
                    pass
            a = Node()
            b = Node()
            a.other = b
            b.other = a
            a.payload = str(123456789)
            lst = []
            lst.append(lst)
            c = Closing()
            c.me = c
            keep = Node()
            del a, b, lst, c
            print(gc.collect())
            """;

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void anExplicitCollectionRecordsWhatItExaminedFoundFinalizedAndFreed(PythonVersion version) {
        RunResult r = Engine.run(PROGRAM, "cycles.py", version, Limits.defaults());
        List<TraceEvent.Collection> collections = r.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.Collection).map(e -> (TraceEvent.Collection) e)
                .filter(TraceEvent.Collection::explicit).toList();

        // the interpreter's own collections at exit are recorded too, as automatic ones
        assertThat(collections).hasSize(1);
        TraceEvent.Collection c = collections.get(0);
        assertThat(c.explicit()).isTrue();
        assertThat(c.generation()).isEqualTo(2);
        assertThat(r.stdout()).isEqualTo(c.collected() + "\n");
        assertThat(c.unreachableTypes()).contains("Node", "Node", "list", "Closing");
        assertThat(c.cycles()).containsExactlyInAnyOrder(List.of("Node", "Node"), List.of("list"),
                List.of("Closing"));
        assertThat(c.finalizersCalled()).isEqualTo(1);
        // the surviving Node, classes and functions were examined too; the string payload was freed as well
        assertThat(c.examined()).isGreaterThan(c.collected());
        assertThat(c.freed()).isGreaterThan(c.collected());
    }
}
