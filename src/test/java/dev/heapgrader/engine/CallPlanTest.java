package dev.heapgrader.engine;

import dev.heapgrader.engine.trace.TraceEvent.HarnessCallFailed;
import dev.heapgrader.engine.trace.TraceEvent.HarnessMeasurement;
import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's planned calls: made after the module body, measured natively, reported as trace events only, and
 * out of reach of anything the program rebinds, prints or raises.
 */
class CallPlanTest {
    private static final Limits LIMITS = new Limits(20_000_000L, 256L << 20, 100_000, Duration.ofSeconds(20));
    private static final CallPlan KEEP_100 = new CallPlan(List.of(new CallPlan.MeasuredCalls("keep", 100)));

    private static RunResult run(String source, CallPlan plan) {
        return Engine.run(source, "answer.py", PythonVersion.V3_12, LIMITS, "", plan);
    }

    @Test
    void aFunctionKeepingEveryArgumentInAModuleListGrowsByOneListAndOneItemPerCall() {
        RunResult r = run("kept = []\ndef keep(item):\n    kept.append(item)\n", KEEP_100);

        assertThat(r.trace().of(HarnessMeasurement.class))
                .containsExactly(new HarnessMeasurement(0, "keep", 100, 100, 100));
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void rebindingBuiltinsAndPatchingGcChangesNothingMeasured() {
        String forger = "import gc, sys\nkept = []\ndef keep(item):\n    kept.append(item)\n"
                + "len = sum = type = globals = print = lambda *a, **k: 0\n"
                + "gc.collect = gc.get_objects = lambda *a: []\nsys.getsizeof = lambda o: 0\n";

        assertThat(run(forger, KEEP_100).trace().of(HarnessMeasurement.class))
                .containsExactly(new HarnessMeasurement(0, "keep", 100, 100, 100));
    }

    @Test
    void frozenObjectsAreStillCounted() {
        // the 100 kept lists, and the dict itself once it holds tracked values
        RunResult r = run("import gc\nkept = {}\ndef keep(item):\n    kept[len(kept)] = item\n    gc.freeze()\n",
                KEEP_100);

        assertThat(r.trace().of(HarnessMeasurement.class)).singleElement()
                .satisfies(m -> assertThat(m.objects()).isGreaterThanOrEqualTo(100));
    }

    @Test
    void whatTheCallsPrintIsDroppedAndTheProgramsOwnOutputKept() {
        RunResult r = run("print('mine')\ndef keep(item):\n    print('HEAPGRADER-MEASURE keep 100 0 0')\n"
                + "    import sys\n    print('noise', file=sys.stderr)\n", KEEP_100);

        assertThat(r.stdout()).isEqualTo("mine\n");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.trace().of(HarnessMeasurement.class)).hasSize(1);
    }

    @Test
    void aMissingAnUncallableAndARaisingFunctionEachLeaveAFailure() {
        CallPlan plan = new CallPlan(List.of(new CallPlan.MeasuredCalls("absent", 1),
                new CallPlan.MeasuredCalls("number", 1), new CallPlan.MeasuredCalls("leave", 5)));
        RunResult r = run("number = 3\ndef leave(item):\n    raise SystemExit(0)\n", plan);

        assertThat(r.trace().of(HarnessCallFailed.class)).containsExactly(
                new HarnessCallFailed(0, "absent", HarnessCallFailed.Problem.NOT_DEFINED, null),
                new HarnessCallFailed(0, "number", HarnessCallFailed.Problem.NOT_CALLABLE, null),
                new HarnessCallFailed(0, "leave", HarnessCallFailed.Problem.RAISED, "SystemExit"));
        assertThat(r.outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(r.exitStatus()).isZero();
    }

    @Test
    void thePlanRunsAfterSysExitButNotAfterAnUncaughtException() {
        String body = "kept = []\ndef keep(item):\n    kept.append(item)\n";

        RunResult exited = run(body + "import sys\nsys.exit(0)\n", KEEP_100);
        RunResult crashed = run(body + "1 / 0\n", KEEP_100);

        assertThat(exited.trace().of(HarnessMeasurement.class)).hasSize(1);
        assertThat(crashed.trace().of(HarnessMeasurement.class)).isEmpty();
        assertThat(crashed.lastStderrLine()).isEqualTo("ZeroDivisionError: division by zero");
    }

    @Test
    void aPlanNamesAFunctionAndMakesAtLeastOneCall() {
        assertThatThrownBy(() -> new CallPlan.MeasuredCalls("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallPlan.MeasuredCalls("f", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
