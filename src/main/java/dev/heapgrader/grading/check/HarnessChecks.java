package dev.heapgrader.grading.check;

import dev.heapgrader.engine.trace.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The checks that read what the engine measured when it called an exercise's planned functions after the student's
 * code ran ({@link dev.heapgrader.engine.CallPlan}): {@code harness-callable} and {@code retained-growth}. Each
 * measurement is a {@link TraceEvent.HarnessMeasurement} (growth of the gc-tracked objects and of the total length
 * of module-level lists across that many calls), and a function that is missing, not callable or raised leaves a
 * {@link TraceEvent.HarnessCallFailed}. Both come from the engine itself, so nothing the answer prints or rebinds
 * can change them.
 */
final class HarnessChecks {

    private HarnessChecks() {
    }

    /** One measurement. */
    record Measurement(String function, long calls, long objects, long listed) {
        long retained() {
            return objects + listed;
        }
    }

    static Verdict harnessCallable(Observation o, Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        for (String function : params.get("functions").split(",")) {
            String f = function.trim();
            String problem = o.run().trace().of(TraceEvent.HarnessCallFailed.class).stream()
                    .filter(e -> e.function().equals(f)).findFirst().map(HarnessChecks::problem).orElse(null);
            if (problem == null && measurements(o, f).isEmpty()) {
                problem = "could not be called";
            }
            if (problem != null) {
                problems.add(f + "(item) " + problem);
            }
        }
        if (problems.isEmpty()) {
            return Verdict.pass("Both functions can be called with one argument.", null);
        }
        return Verdict.fail("The grader calls each function with one argument, but " + String.join("; ", problems)
                + ".", null);
    }

    private static String problem(TraceEvent.HarnessCallFailed failed) {
        return switch (failed.problem()) {
            case NOT_DEFINED -> "is not defined";
            case NOT_CALLABLE -> "is not a function";
            case RAISED -> "raised " + failed.exceptionType();
        };
    }
    static Verdict retainedGrowth(Observation o, Map<String, String> params) {
        String function = params.get("function");
        List<Measurement> ms = measurements(o, function);
        if (ms.isEmpty()) {
            return Verdict.fail("The grader could not measure " + function + "(), so its memory use is unknown.",
                    null);
        }
        if ("grows".equals(params.get("expect"))) {
            double perCall = Double.parseDouble(params.getOrDefault("min-per-call", "1"));
            Measurement m = ms.get(ms.size() - 1);
            if (m.listed() >= perCall * m.calls()) {
                return Verdict.pass("On " + o.cpython() + ", " + m.calls() + " calls of " + function + "() left "
                        + m.listed() + " more items in module-level lists: it leaks.", null);
            }
            return Verdict.fail("On " + o.cpython() + ", " + m.calls() + " calls of " + function + "() left only "
                    + m.listed() + " more items in module-level lists (and " + m.objects() + " more tracked objects); "
                    + "a leak should keep at least one object per call reachable from a module-level list.", null);
        }
        long maxExtra = Long.parseLong(params.getOrDefault("max-extra", "100"));
        List<Measurement> sorted = ms.stream().sorted(Comparator.comparingLong(Measurement::calls)).toList();
        Measurement small = sorted.get(0);
        Measurement large = sorted.get(sorted.size() - 1);
        long extra = large.retained() - small.retained();
        if (sorted.size() >= 2 && extra <= maxExtra) {
            return Verdict.pass("On " + o.cpython() + ", what " + function + "() keeps grew by " + small.retained()
                    + " over " + small.calls() + " calls and by " + large.retained() + " over " + large.calls()
                    + " calls: bounded.", null);
        }
        return Verdict.fail("On " + o.cpython() + ", what " + function + "() keeps (new tracked objects plus new "
                + "items in module-level lists) grew by " + small.retained() + " over " + small.calls()
                + " calls and by " + large.retained() + " over " + large.calls()
                + " calls: its memory still grows with every call. Something it stores (a global list, a default "
                + "argument, a class attribute) keeps every item.", null);
    }

    static List<Measurement> measurements(Observation o, String function) {
        return o.run().trace().of(TraceEvent.HarnessMeasurement.class).stream()
                .filter(m -> m.function().equals(function))
                .map(m -> new Measurement(m.function(), m.calls(), m.objects(), m.listed()))
                .toList();
    }
}
