package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent.AttributeSet;
import dev.heapgrader.engine.trace.TraceEvent.ClassDefined;
import dev.heapgrader.engine.trace.TraceEvent.Collection;
import dev.heapgrader.engine.trace.TraceEvent.ContainerStore;
import dev.heapgrader.engine.trace.TraceEvent.RefcountProbe;
import dev.heapgrader.engine.trace.TraceEvent.SizeProbe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.heapgrader.grading.check.Synthetic.check;
import static dev.heapgrader.grading.check.Synthetic.trace;
import static org.assertj.core.api.Assertions.assertThat;

/** The check kinds that read only the trace, on hand-made traces. */
class TraceCheckKindsTest {
    private static final Map<String, String> NONE = Map.of();

    @Test
    void userClassInstanceNeedsAProbeOfAHeapTypeInstance() {
        assertThat(check("user-class-instance", trace(new RefcountProbe(3, 1, "list", false, 2)), NONE).passed())
                .isFalse();
        Verdict v = check("user-class-instance", trace(new RefcountProbe(3, 1, "list", false, 2),
                new RefcountProbe(5, 2, "Point", true, 2)), NONE);
        assertThat(v.passed()).isTrue();
        assertThat(v.line()).isEqualTo(5);
        assertThat(v.feedback()).contains("Point").contains("CPython 3.12");
    }

    @Test
    void theIncreaseAcrossAStoreMustBeOnePerStore() {
        var before = new RefcountProbe(4, 7, "Point", true, 2);
        var store = new ContainerStore(5, 9, "list", 7, "Point", "append");
        var store2 = new ContainerStore(6, 9, "list", 7, "Point", "insert");
        assertThat(check("refcount-increase-across-store",
                trace(before, store, new RefcountProbe(7, 7, "Point", true, 3)), NONE).passed()).isTrue();
        assertThat(check("refcount-increase-across-store",
                trace(before, store, store2, new RefcountProbe(7, 7, "Point", true, 4)), NONE).passed()).isTrue();
        Verdict tooMuch = check("refcount-increase-across-store",
                trace(before, store, new RefcountProbe(7, 7, "Point", true, 4)), NONE);
        assertThat(tooMuch.passed()).isFalse();
        assertThat(tooMuch.feedback()).contains("from 2 (line 4) to 4 (line 7)").contains("increase of 2");
        assertThat(tooMuch.line()).isEqualTo(7);
    }

    @Test
    void probesAroundAStoreMustMeasureTheStoredObject() {
        var other = new ContainerStore(5, 9, "list", 8, "Point", "append");
        Verdict v = check("refcount-probes-around-store", trace(new RefcountProbe(4, 7, "Point", true, 2), other,
                new RefcountProbe(6, 7, "Point", true, 2)), NONE);
        assertThat(v.passed()).isFalse();
        assertThat(v.feedback()).contains("never stored in a list");
        assertThat(check("refcount-probes-around-store", trace(new RefcountProbe(4, 8, "Point", true, 2), other,
                new RefcountProbe(6, 8, "Point", true, 3)), NONE).passed()).isTrue();
    }

    @Test
    void aCollectMustFindTheUnreachableCycle() {
        Verdict none = check("collect-after-unreachable-cycle", trace(), NONE);
        assertThat(none.feedback()).contains("never calls gc.collect()");
        Verdict zero = check("collect-after-unreachable-cycle",
                trace(new Collection(9, 2, true, 0, 0, List.of())), NONE);
        assertThat(zero.passed()).isFalse();
        assertThat(zero.feedback()).contains("line 9 returned 0");
        Verdict automaticOnly = check("collect-after-unreachable-cycle",
                trace(new Collection(9, 0, false, 4, 0, List.of("Node", "Node"))), NONE);
        assertThat(automaticOnly.passed()).isFalse();
        Verdict found = check("collect-after-unreachable-cycle",
                trace(new Collection(9, 2, true, 0, 0, List.of()), new Collection(12, 2, true, 2, 0,
                        List.of("Node", "Node"))), NONE);
        assertThat(found.passed()).isTrue();
        assertThat(found.line()).isEqualTo(12);
        assertThat(check("collect-after-unreachable-cycle", trace(new Collection(12, 2, true, 2, 0, List.of())),
                Map.of("min", "3")).passed()).isFalse();
    }

    @Test
    void tupleAndListMustHoldEqualElements() {
        var tuple = new SizeProbe(3, 1, "tuple", 64, "(1, 2, 3)");
        assertThat(check("tuple-list-equal-contents", trace(tuple, new SizeProbe(4, 2, "list", 88, "[1, 2, 3]")),
                NONE).passed()).isTrue();
        assertThat(check("tuple-list-equal-contents", trace(new SizeProbe(3, 1, "tuple", 48, "(1,)"),
                new SizeProbe(4, 2, "list", 64, "[1]")), NONE).passed()).isTrue();
        Verdict differ = check("tuple-list-equal-contents", trace(tuple, new SizeProbe(4, 2, "list", 88,
                "[1, 2]")), NONE);
        assertThat(differ.passed()).isFalse();
        assertThat(differ.feedback()).contains("(1, 2, 3)").contains("[1, 2]");
        assertThat(check("tuple-list-equal-contents", trace(tuple), NONE).feedback()).contains("never measures a list");
    }

    @Test
    void slotsAreCountedWithoutDictAndWeakref() {
        var five = new ClassDefined(1, "P", List.of("a", "b", "c", "d", "e"), false);
        assertThat(check("slots-exactly", trace(five), Map.of("count", "5")).passed()).isTrue();
        var withDict = new ClassDefined(1, "P", List.of("a", "b", "c", "d", "__dict__"), true);
        Verdict four = check("slots-exactly", trace(withDict), Map.of("count", "5"));
        assertThat(four.passed()).isFalse();
        assertThat(four.feedback()).contains("declares 4");
        assertThat(check("no-instance-dict", trace(withDict), NONE).feedback()).contains("'__dict__' is one of");
        assertThat(check("no-instance-dict", trace(five), NONE).passed()).isTrue();
        assertThat(check("slots-exactly", trace(new ClassDefined(1, "P", null, true)), Map.of("count", "5"))
                .feedback()).contains("No class");
    }

    @Test
    void allSlotsMustBeSetOnOneInstance() {
        var cls = new ClassDefined(1, "P", List.of("a", "b"), false);
        Verdict split = check("all-slots-set", trace(cls, new AttributeSet(5, 10, "P", "a"),
                new AttributeSet(6, 11, "P", "b")), NONE);
        assertThat(split.passed()).isFalse();
        assertThat(split.feedback()).contains("1 of 2");
        assertThat(check("all-slots-set", trace(cls, new AttributeSet(5, 10, "P", "a"),
                new AttributeSet(6, 10, "P", "b")), NONE).passed()).isTrue();
    }
}
