package dev.heapgrader.engine.trace;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueCombined;
import dev.heapgrader.engine.trace.TraceEvent.ProbeValueShown;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace follows the values the probes return (issue 12): which operations combined them and whether the
 * program showed the result, wherever the values travelled, without trusting a shared small int that the program
 * made some other way.
 */
class ProbeProvenanceTest {

    private static Trace trace(String source) {
        RunResult r = Engine.run(source, "answer.py", PythonVersion.V3_12, Limits.defaults());
        assertThat(r.stderr()).isEmpty();
        return r.trace();
    }

    private static String dump(Trace t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.events().size(); i++) {
            sb.append(i).append(": ").append(t.events().get(i)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aComparisonInsideAHelperIsRecordedAndShownThroughUnpacking() {
        Trace t = trace("""
                import sys
                def footprint(items):
                    return sys.getsizeof(tuple(items)), sys.getsizeof(list(items))
                t, l = footprint(range(5))
                print(t < l)
                """);
        List<ProbeValueCombined> combined = t.of(ProbeValueCombined.class);
        assertThat(combined).singleElement().satisfies(c -> {
            assertThat(c.operation()).isEqualTo("<");
            assertThat(c.result()).isEqualTo("True");
            assertThat(t.events().get(c.left().get(0))).isInstanceOf(TraceEvent.SizeProbe.class);
        });
        assertThat(t.of(ProbeValueShown.class)).singleElement()
                .satisfies(s -> assertThat(s.origins()).contains(t.events().indexOf(combined.get(0))));
    }

    @Test
    void valuesAreFollowedThroughContainersFormattingAndBuiltins() {
        Trace t = trace("""
                import math
                import sys
                sizes = {"tuple": sys.getsizeof((1, 2)), "list": sys.getsizeof([1, 2])}
                row = "%d|%d" % (sizes["tuple"], sizes["list"])
                print("{}".format(row))
                ratio = sizes["list"] / sizes["tuple"]
                print(str(math.ceil(ratio * 100)) + " percent")
                """);
        List<ProbeValueShown> shown = t.of(ProbeValueShown.class);
        assertThat(shown).extracting(ProbeValueShown::line).containsExactly(5, 7);
        assertThat(shown.get(0).origins()).containsExactly(0, 1);
        ProbeValueCombined ratio = t.of(ProbeValueCombined.class).get(0);
        assertThat(ratio.operation()).isEqualTo("/");
        assertThat(shown.get(1).origins()).contains(t.events().indexOf(ratio), 0, 1);
    }

    @Test
    void valuesUnpackedIntoPrintAreShown() {
        Trace t = trace("""
                import sys
                sizes = [sys.getsizeof(()), sys.getsizeof([])]
                print(*sizes, sep=" < ")
                """);
        assertThat(t.of(ProbeValueShown.class)).singleElement()
                .satisfies(s -> assertThat(s.origins()).containsExactly(0, 1));
    }

    @Test
    void aSharedSmallIntTheProgramMadeItselfCarriesNoOrigin() {
        // gc.collect() returns 2, the same object as every other 2: a literal or a builtin's 2 is not that value
        Trace t = trace("""
                import gc
                import sys
                class Node:
                    pass
                a, b = Node(), Node()
                a.peer, b.peer = b, a
                del a, b
                gc.collect()
                print(len(["x", "y"]), 2)
                sys.getsizeof((1, 2, 3, 4, 5))
                sys.getsizeof([1, 2, 3, 4, 5])
                print(80 < 104, 1 + 1)
                """);
        assertThat(t.of(ProbeValueShown.class)).isEmpty();
        assertThat(t.of(ProbeValueCombined.class)).isEmpty();
    }

    @Test
    void followingValuesChangesNoIdentityAndNoCount() {
        // real CPython 3.11.7, 3.12.1 and 3.13.0 print "True 2": the probe returns the shared small int
        RunResult r = Engine.run("""
                import sys
                class P:
                    pass
                p = P()
                a = sys.getrefcount(p)
                b = 1 + 1
                print(a is b, sys.getrefcount(p))
                """, "answer.py", PythonVersion.V3_12, Limits.defaults());
        assertThat(r.stdout()).isEqualTo("True 2\n");
    }

    @Test
    void aLoopOverProbedValuesRecordsEachDistinctCombinationOnce() {
        Trace t = trace("""
                import sys
                t = sys.getsizeof(())
                l = sys.getsizeof([])
                for _ in range(5000):
                    assert t < l
                """);
        assertThat(t.of(ProbeValueCombined.class)).hasSize(1);
        assertThat(t.of(ProbeValueShown.class)).singleElement()
                .satisfies(s -> assertThat(s.how()).isEqualTo("tested"));
    }
}
