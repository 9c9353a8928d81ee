package dev.heapgrader.grading.check;

import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.Limits;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.heapgrader.grading.check.Synthetic.check;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks that follow the probes' values at run time (issue 12): answers whose comparison the syntax tree
 * cannot see (a helper's returned tuple, a difference, a ratio, a loop) pass, and what a value merely resembles
 * does not.
 */
class ValueFlowChecksTest {

    private static Observation run(String source) {
        RunResult r = Engine.run(source, "answer.py", PythonVersion.V3_12, Limits.defaults());
        assertThat(r.stderr()).isEmpty();
        return new Observation(r, PythonVersion.V3_12, (int) source.lines().count());
    }

    private static Verdict sizes(String source) {
        return check("size-comparison-true", run(source), Map.of());
    }

    @Test
    void aComparisonOfValuesReturnedByAHelperIsSeen() {
        Verdict v = sizes("""
                import sys
                def footprint(items):
                    return sys.getsizeof(tuple(items)), sys.getsizeof(list(items))
                t, l = footprint([1, 2, 3])
                print(t < l)
                """);
        assertThat(v.passed()).isTrue();
        assertThat(v.feedback()).isEqualTo("Line 5 shows tuple size < list size, which is True on CPython 3.12 "
                + "(64 < 88): the tuple is smaller.");
    }

    @Test
    void aDifferenceOrARatioShowsWhichIsSmaller() {
        Verdict difference = sizes("""
                import sys
                t = (1, 2)
                print("extra bytes:", sys.getsizeof(list(t)) - sys.getsizeof(t))
                """);
        assertThat(difference.passed()).isTrue();
        assertThat(difference.feedback()).contains("list size - tuple size (72 - 56 = 16").contains("16 bytes more");
        assertThat(sizes("""
                import sys
                t = (1, 2)
                print(f"{sys.getsizeof(list(t)) / sys.getsizeof(t):.2f}")
                """).passed()).isTrue();
    }

    @Test
    void aFalseClaimOfTheOppositeShowsItButANonStrictOneDoesNot() {
        assertThat(sizes("""
                import sys
                t, l = sys.getsizeof((1,)), sys.getsizeof([1])
                print(t >= l)
                """).passed()).isTrue();
        Verdict notStrict = sizes("""
                import sys
                t, l = sys.getsizeof((1,)), sys.getsizeof([1])
                print(t <= l)
                """);
        assertThat(notStrict.passed()).isFalse();
        assertThat(notStrict.feedback()).contains("Line 3 shows tuple size <= list size, which is True");
    }

    @Test
    void numbersTypedByHandAreNotTheMeasuredValues() {
        assertThat(sizes("""
                import sys
                sys.getsizeof((1, 2, 3, 4, 5))
                sys.getsizeof([1, 2, 3, 4, 5])
                print(80 < 104)
                """).passed()).isFalse();
    }

    @Test
    void everyMeasurementInALoopCountsAsUsed() {
        Verdict v = check("probe-value-used", run("""
                import sys
                for obj in [(1, 2), [1, 2]]:
                    print(type(obj).__name__, sys.getsizeof(obj))
                """), Map.of("function", "sys.getsizeof", "min", "2"));
        assertThat(v.passed()).isTrue();
        assertThat(v.feedback()).contains("and so are 1 more measurements");
    }

    @Test
    void theCollectedCountIsFollowedIntoAHelper() {
        Observation o = run("""
                import gc
                def collect():
                    return gc.collect()
                x = []
                x.append(x)
                del x
                found = collect()
                print(f"{found=}")
                """);
        assertThat(check("collected-cycle-objects", o, Map.of()).passed()).isTrue();
        assertThat(check("probe-value-used", o, Map.of("function", "gc.collect")).passed()).isTrue();
    }
}
