package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent.Collection;
import dev.heapgrader.engine.trace.TraceEvent.HarnessCallFailed;
import dev.heapgrader.engine.trace.TraceEvent.HarnessMeasurement;
import dev.heapgrader.engine.trace.TraceEvent.SizeProbe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.heapgrader.grading.check.Synthetic.check;
import static dev.heapgrader.grading.check.Synthetic.observe;
import static dev.heapgrader.grading.check.Synthetic.trace;
import static org.assertj.core.api.Assertions.assertThat;

/** The check kinds that also read the syntax tree or the harness output, on parsed programs and made-up traces. */
class SourceCheckKindsTest {

    private static boolean used(String source, int min) {
        return check("probe-value-used", observe(source),
                Map.of("function", "gc.collect", "min", String.valueOf(min))).passed();
    }

    @Test
    void aProbeValueIsUsedWhenShownComparedAssertedOrReadLater() {
        assertThat(used("import gc\nprint(gc.collect())\n", 1)).isTrue();
        assertThat(used("import gc\nassert gc.collect() >= 0\n", 1)).isTrue();
        assertThat(used("import gc\nn = gc.collect()\nprint(f'{n} found')\n", 1)).isTrue();
        assertThat(used("from gc import collect\nif collect() > 0:\n    pass\n", 1)).isTrue();
        assertThat(used("import gc\ngc.collect()\n", 1)).isFalse();
        assertThat(used("import gc\nn = gc.collect()\n", 1)).isFalse();
        assertThat(used("import gc\nprint(n := 0)\nn = gc.collect()\n", 1)).isFalse();
        assertThat(used("import gc\nprint(gc.collect())\ngc.collect()\n", 2)).isFalse();
    }

    @Test
    void anUnusedProbeIsReportedWithTheValueItReturned() {
        Verdict v = check("probe-value-used", observe("import gc\ngc.collect()\n",
                new Collection(2, 2, true, 4, 0, List.of())), Map.of("function", "gc.collect"));
        assertThat(v.feedback()).contains("On CPython 3.12 gc.collect() returned 4 on line 2");
        assertThat(v.line()).isEqualTo(2);
    }

    @Test
    void theCollectedCountMustComeFromTheCollectWhoseValueIsUsed() {
        String source = "import gc\nn = gc.collect()\nprint(n)\ngc.collect()\n";
        Verdict early = check("collected-cycle-objects", observe(source,
                new Collection(2, 2, true, 0, 0, List.of()), new Collection(4, 2, true, 2, 0, List.of())), Map.of());
        assertThat(early.passed()).isFalse();
        assertThat(early.feedback()).contains("(line 2) returned 0");
        assertThat(check("collected-cycle-objects", observe(source,
                new Collection(2, 2, true, 2, 0, List.of())), Map.of()).passed()).isTrue();
    }

    @Test
    void theSizeComparisonIsEvaluatedWithTheMeasuredSizes() {
        String direct = "import sys\nt = (1,)\nl = [1]\nprint(sys.getsizeof(t) < sys.getsizeof(l))\n";
        var t4 = new SizeProbe(4, 1, "tuple", 48, "(1,)");
        var l4 = new SizeProbe(4, 2, "list", 64, "[1]");
        assertThat(check("size-comparison-true", observe(direct, t4, l4), Map.of()).passed()).isTrue();

        String named = "import sys\nt = (1,)\nl = [1]\na = sys.getsizeof(l)\nb = sys.getsizeof(t)\nprint(a > b)\n"
                + "print(a < b)\n";
        var l5 = new SizeProbe(4, 2, "list", 64, "[1]");
        var t5 = new SizeProbe(5, 1, "tuple", 48, "(1,)");
        assertThat(check("size-comparison-true", observe(named, l5, t5), Map.of()).passed()).isTrue();

        String wrongWay = "import sys\nt = (1,)\nl = [1]\nprint(sys.getsizeof(l) < sys.getsizeof(t))\n";
        Verdict v = check("size-comparison-true", observe(wrongWay, l4, t4), Map.of());
        assertThat(v.passed()).isFalse();
        assertThat(v.feedback()).contains("False on CPython 3.12 (64 < 48)");
    }

    @Test
    void retainedGrowthReadsTheEnginesMeasurements() {
        var o = trace(new HarnessMeasurement(0, "leaky", 1000, 1000, 1000),
                new HarnessMeasurement(0, "fixed", 1000, 3, 0), new HarnessMeasurement(0, "fixed", 2000, 5, 0));
        assertThat(check("retained-growth", o, Map.of("function", "leaky", "expect", "grows")).passed()).isTrue();
        assertThat(check("retained-growth", o, Map.of("function", "fixed", "expect", "bounded")).passed()).isTrue();
        assertThat(check("retained-growth", o, Map.of("function", "fixed", "expect", "bounded", "max-extra", "1"))
                .passed()).isFalse();
        Verdict noLeak = check("retained-growth", trace(new HarnessMeasurement(0, "leaky", 1000, 0, 10)),
                Map.of("function", "leaky", "expect", "grows"));
        assertThat(noLeak.passed()).isFalse();
        assertThat(noLeak.feedback()).contains("left only 10 more items");
    }

    @Test
    void harnessCallableReportsEachProblemOnce() {
        var o = trace(new HarnessMeasurement(0, "leaky", 1000, 1000, 1000),
                new HarnessCallFailed(0, "fixed", HarnessCallFailed.Problem.RAISED, "TypeError"),
                new HarnessCallFailed(0, "fixed", HarnessCallFailed.Problem.RAISED, "TypeError"));
        Verdict v = check("harness-callable", o, Map.of("functions", "leaky,fixed"));
        assertThat(v.passed()).isFalse();
        assertThat(v.feedback()).containsOnlyOnce("fixed(item) raised TypeError").doesNotContain("leaky");
    }

    @Test
    void harnessCallableNamesAMissingAndAnUncallableFunction() {
        var o = trace(new HarnessCallFailed(0, "leaky", HarnessCallFailed.Problem.NOT_DEFINED, null),
                new HarnessCallFailed(0, "fixed", HarnessCallFailed.Problem.NOT_CALLABLE, null));
        Verdict v = check("harness-callable", o, Map.of("functions", "leaky,fixed"));
        assertThat(v.passed()).isFalse();
        assertThat(v.feedback()).contains("leaky(item) is not defined", "fixed(item) is not a function");
    }
}
