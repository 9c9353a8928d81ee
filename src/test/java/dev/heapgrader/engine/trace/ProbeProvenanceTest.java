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
}
